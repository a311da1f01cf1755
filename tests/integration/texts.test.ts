// The page texts and the video settings in the back office.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { updateSection, updateVideoSettings } from "@/lib/content/actions";
import { db } from "@/lib/database/db";
import { invalidatedTags, signInAs, signOutLocally, submit } from "@/tests/support/staff-session";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

describe("texts and video", () => {
  it("saves a section's Markdown as typed, for safe rendering", async () => {
    await signInAs("EDITOR");
    const section = await db.pageSection.findUniqueOrThrow({ where: { key: "aci" } });
    const body = "Texte **important**.\n\n<script>alert(1)</script>";
    const { state } = await submit(updateSection, {
      key: "aci",
      eyebrow: "",
      heading: "Qu’est-ce qu’une ACi ?",
      body,
      version: section.version,
    });
    expect(state?.status).toBe("success");
    expect(invalidatedTags).toEqual(["page-sections"]);
    expect((await db.pageSection.findUniqueOrThrow({ where: { key: "aci" } })).body).toBe(body);
  });

  it.each(["javascript:alert(1)", "https://evil.example/video", "ftp://x.example/a.mp4", "http://cdn.example/a.mp4"])(
    "refuses the video address %s",
    async (videoUrl) => {
      await signInAs("EDITOR");
      const video = await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
      const { state } = await submit(updateVideoSettings, {
        title: "Vidéo",
        caption: "",
        videoUrl,
        version: video.version,
      });
      expect(state?.fieldErrors?.videoUrl?.[0]).toMatch(/^Adresse non acceptée/);
      expect(await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(video);
    },
  );

  it("accepts a YouTube address with its transcript, and an empty one", async () => {
    await signInAs("EDITOR");
    for (const videoUrl of ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", ""]) {
      const video = await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
      const input = { title: "Vidéo", caption: "", videoUrl, transcript: "Ce qui est dit.", version: video.version };
      expect((await submit(updateVideoSettings, input)).state?.status).toBe("success");
      expect((await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } })).videoUrl).toBe(videoUrl || null);
    }
  });

  it.each([
    [
      "a video without its transcript",
      { videoUrl: "https://youtu.be/dQw4w9WgXcQ", transcript: "" },
      "transcript",
      /^Ajoutez la transcription : ce qui est dit et ce qui est montré/,
    ],
    [
      "a video file without its captions",
      { videoUrl: "/videos/atelier.mp4", transcript: "Ce qui est dit." },
      "captionsUrl",
      /^Ajoutez les sous-titres de ce fichier vidéo/,
    ],
    [
      "captions that are not a WebVTT file",
      { videoUrl: "/videos/atelier.mp4", transcript: "Ce qui est dit.", captionsUrl: "/videos/atelier.srt" },
      "captionsUrl",
      /^Adresse non acceptée : un fichier de sous-titres WebVTT/,
    ],
    [
      "an audio-described version that is not a video",
      { videoUrl: "https://youtu.be/dQw4w9WgXcQ", transcript: "Ce qui est dit.", describedUrl: "javascript:alert(1)" },
      "describedUrl",
      /^Adresse non acceptée : la version audiodécrite est une vidéo/,
    ],
  ])("refuses %s, in French, changing nothing", async (_case, fields, field, message) => {
    await signInAs("EDITOR");
    const video = await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
    const { state } = await submit(updateVideoSettings, {
      title: "Vidéo",
      caption: "",
      ...fields,
      version: video.version,
    });
    expect(state?.fieldErrors?.[field]?.[0]).toMatch(message);
    expect(await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(video);
  });

  it("keeps a video file with its transcript, captions and audio-described version", async () => {
    await signInAs("EDITOR");
    const video = await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
    const alternatives = {
      transcript: "Premier paragraphe.\n\nSecond paragraphe.",
      captionsUrl: "https://cdn.example/atelier.vtt",
      describedUrl: "/videos/atelier-audiodecrite.mp4",
    };
    const input = { title: "Vidéo", caption: "", videoUrl: "/videos/atelier.mp4", ...alternatives };
    expect((await submit(updateVideoSettings, { ...input, version: video.version })).state?.status).toBe("success");
    expect(await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject(input);
  });
});
