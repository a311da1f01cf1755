// Turns the video URL staff set into what the pop-in plays: a privacy-friendly embed for YouTube and Vimeo,
// or a <video> element for a file. Anything else is not played.

export type VideoSource = { type: "embed"; src: string } | { type: "file"; src: string };

const YOUTUBE_ID = /^[\w-]{11}$/;

export function toVideoSource(raw: string | null | undefined): VideoSource | null {
  const value = raw?.trim();
  if (!value) return null;
  if (value.startsWith("/") && !value.startsWith("//")) {
    return /\.(mp4|webm|ogv)$/i.test(value) ? { type: "file", src: value } : null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^www\./, "");
  if (host === "youtube.com" || host === "m.youtube.com" || host === "youtube-nocookie.com") {
    const id = url.pathname.startsWith("/embed/") ? url.pathname.split("/")[2] : url.searchParams.get("v");
    return id && YOUTUBE_ID.test(id) ? { type: "embed", src: `https://www.youtube-nocookie.com/embed/${id}` } : null;
  }
  if (host === "youtu.be") {
    const id = url.pathname.slice(1);
    return YOUTUBE_ID.test(id) ? { type: "embed", src: `https://www.youtube-nocookie.com/embed/${id}` } : null;
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = url.pathname.match(/(\d+)\/?$/)?.[1];
    return id ? { type: "embed", src: `https://player.vimeo.com/video/${id}` } : null;
  }
  if (url.protocol === "https:" && /\.(mp4|webm|ogv)$/i.test(url.pathname))
    return { type: "file", src: url.toString() };
  return null;
}
