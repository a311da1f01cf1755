"use client";

import { StaffForm, SubmitButton, TextArea, TextField, VersionField } from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";
import type { VideoSettings } from "@/lib/content/queries";

type Section = { key: string; eyebrow: string | null; heading: string; body: string; version: number };

export function SectionForm({
  action,
  section,
  placeholders,
}: {
  action: FormAction;
  section: Section;
  placeholders: Record<string, string>;
}) {
  return (
    <StaffForm action={action} className="mt-6 max-w-3xl space-y-5 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <input type="hidden" name="key" value={section.key} />
          <VersionField state={state} version={section.version} />
          <TextField name="eyebrow" label="Surtitre (facultatif)" state={state} initial={section.eyebrow} />
          <TextField name="heading" label="Titre" state={state} initial={section.heading} required />
          <TextArea
            name="body"
            label="Texte"
            rows={16}
            hint="Paragraphes séparés par une ligne vide ; « - » en début de ligne pour une liste ; « ### » pour un intertitre ; **gras**, *italique*, [lien](https://…). Aucun code HTML n’est interprété."
            state={state}
            initial={section.body}
            required
          />
          <details className="text-sm text-slate-700">
            <summary className="cursor-pointer font-medium">Chiffres insérables dans le titre ou le texte</summary>
            <ul className="mt-2 space-y-1">
              {Object.entries(placeholders).map(([name, description]) => (
                <li key={name}>
                  <code>{`{{${name}}}`}</code> : {description}
                </li>
              ))}
            </ul>
          </details>
          <SubmitButton>Enregistrer le texte</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}

type Video = VideoSettings & { version: number };

export function VideoForm({ action, video }: { action: FormAction; video: Video }) {
  return (
    <StaffForm action={action} className="mt-6 max-w-3xl space-y-5 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <VersionField state={state} version={video.version} />
          <TextField name="title" label="Titre de la fenêtre" state={state} initial={video.title} required />
          <TextArea name="caption" label="Légende" rows={3} state={state} initial={video.caption} />
          <TextField
            name="videoUrl"
            label="Adresse de la vidéo"
            hint="YouTube, Vimeo, ou un fichier .mp4/.webm. Laissez vide pour masquer le bouton « Voir la vidéo »."
            state={state}
            initial={video.videoUrl}
          />
          <TextArea
            name="transcript"
            label="Transcription"
            hint="Obligatoire avec une vidéo : ce qui est dit, par qui, et ce qui est montré, pour qui ne peut pas la voir ou l’entendre. Une ligne vide sépare les paragraphes."
            rows={8}
            state={state}
            initial={video.transcript}
          />
          <TextField
            name="captionsUrl"
            label="Sous-titres (fichier WebVTT)"
            hint="Obligatoire pour un fichier vidéo : /videos/….vtt ou une adresse https en .vtt. Une vidéo YouTube ou Vimeo a les sous-titres réglés sur ce service."
            state={state}
            initial={video.captionsUrl}
          />
          <TextField
            name="describedUrl"
            label="Version audiodécrite"
            hint="Si les images disent ce que le son ne dit pas : la même vidéo, avec l’audiodescription (mêmes adresses que la vidéo)."
            state={state}
            initial={video.describedUrl}
          />
          <SubmitButton>Enregistrer la vidéo</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
