// The place field's suggestions: the communes a few typed letters or digits can mean (GET ?q=…). Reference
// data that changes with the official list only: cached a day by browsers and shared caches.
import { communeLabel, findCommunesMatching } from "@/lib/geo/queries";

export async function GET(request: Request) {
  const text = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const communes = text.trim().length >= 2 ? await findCommunesMatching(text, 12) : [];
  return Response.json(
    {
      items: communes.map((commune) => ({
        code: commune.code,
        label: communeLabel(commune),
        postalCode: commune.postalCode,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=86400" } },
  );
}
