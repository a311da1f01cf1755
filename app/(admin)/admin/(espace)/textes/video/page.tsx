import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VideoForm } from "@/components/admin/content-forms";
import { requireUser } from "@/lib/auth/session";
import { updateVideoSettings } from "@/lib/content/actions";
import { getVideoForEditing } from "@/lib/content/admin-queries";

export const metadata: Metadata = { title: "Vidéo" };

export default async function VideoSettingsPage() {
  await requireUser("EDITOR", "/admin/textes/video");
  const video = await getVideoForEditing();
  if (!video) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Vidéo de présentation</h1>
      <VideoForm action={updateVideoSettings} video={video} />
    </>
  );
}
