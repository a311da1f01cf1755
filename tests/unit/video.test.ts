import { describe, expect, it } from "vitest";
import { toVideoSource } from "@/lib/content/video";

describe("video URL of the pop-in", () => {
  it.each([
    [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      { type: "embed", src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" },
    ],
    ["https://youtu.be/dQw4w9WgXcQ", { type: "embed", src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" }],
    ["https://vimeo.com/76979871", { type: "embed", src: "https://player.vimeo.com/video/76979871" }],
    ["/videos/presentation.mp4", { type: "file", src: "/videos/presentation.mp4" }],
    ["https://cdn.exemple.fr/aci.webm", { type: "file", src: "https://cdn.exemple.fr/aci.webm" }],
  ])("plays %s", (url, expected) => {
    expect(toVideoSource(url)).toEqual(expected);
  });

  it.each([
    null,
    "",
    "   ",
    "javascript:alert(1)",
    "//evil.example/x.mp4",
    "https://www.youtube.com/watch?v=<script>",
    "http://cdn.exemple.fr/aci.mp4",
    "/page.html",
    "pas une url",
  ])("refuses %s, so the button stays hidden", (url) => {
    expect(toVideoSource(url)).toBeNull();
  });
});
