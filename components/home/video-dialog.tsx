"use client";

import { useRef, useState } from "react";
import type { VideoSource } from "@/lib/content/video";

/**
 * The video pop-in: a button opening a modal <dialog> (the browser makes the rest of the page inert and
 * closes it on Escape). The player is only mounted while the dialog is open, so nothing loads before.
 */
type Props = {
  title: string;
  caption: string;
  source: VideoSource;
  /** What is said and shown, paragraphs separated by a blank line (RGAA 4.1). */
  transcript: string;
  /** The WebVTT captions of a video file (RGAA 4.3). */
  captionsUrl: string | null;
  /** The same video with audio description, as staff gave it (RGAA 4.5). */
  describedUrl: string | null;
};

export function VideoDialog({ title, caption, source, transcript, captionsUrl, describedUrl }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [isOpen, setIsOpen] = useState(false);

  function open() {
    setIsOpen(true);
    dialogRef.current?.showModal();
  }

  function handleClose() {
    setIsOpen(false);
    openerRef.current?.focus();
  }

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        className="inline-flex items-center gap-2 rounded-full bg-white px-5 py-3 font-semibold text-brand-800 shadow-sm ring-1 ring-brand-200 hover:bg-brand-50"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
          <path d="M6 4.5v11l9-5.5z" />
        </svg>
        Voir la vidéo
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="video-dialog-title"
        aria-describedby="video-dialog-caption"
        onClose={handleClose}
        onClick={(event) => {
          // A click on the backdrop (the dialog element itself, outside its content) closes it.
          if (event.target === dialogRef.current) dialogRef.current.close();
        }}
        className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-2xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/70"
      >
        <div className="flex items-start justify-between gap-4 p-4 sm:p-5">
          <h2 id="video-dialog-title" className="text-lg font-semibold">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className="rounded-full px-3 py-1 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"
          >
            Fermer<span className="sr-only"> la vidéo</span>
          </button>
        </div>
        <div className="aspect-video w-full bg-slate-900">
          {isOpen && source.type === "embed" ? (
            <iframe
              src={source.src}
              title={title}
              className="size-full"
              allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
              allowFullScreen
              referrerPolicy="strict-origin-when-cross-origin"
            />
          ) : null}
          {isOpen && source.type === "file" ? (
            // Captions for staff-provided files are the staff's to add to the file itself.
            <video src={source.src} controls className="size-full">
              {captionsUrl ? <track kind="captions" src={captionsUrl} srcLang="fr" label="Français" default /> : null}
            </video>
          ) : null}
        </div>
        <p id="video-dialog-caption" className="p-4 text-sm text-slate-700 sm:p-5">
          {caption}
        </p>
        {transcript || describedUrl ? (
          <div className="space-y-3 px-4 pb-4 text-sm text-slate-800 sm:px-5 sm:pb-5">
            {transcript ? (
              <details>
                <summary className="cursor-pointer font-medium text-brand-800">Transcription de la vidéo</summary>
                <div className="mt-2 space-y-2">
                  {transcript.split(/\n\s*\n/).map((paragraph, index) => (
                    <p key={index}>{paragraph}</p>
                  ))}
                </div>
              </details>
            ) : null}
            {describedUrl ? (
              <p>
                <a href={describedUrl}>Voir la version audiodécrite de la vidéo</a>
              </p>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
}
