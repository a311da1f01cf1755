// /donnees/structures.csv|json|geojson?<the directory's filters>: a whole search as a file, without login.
import { parseOpenDataEnv } from "@/lib/env";
import { EXPORT_FORMATS, exportStream, isExportFormat } from "@/lib/open-data/export";
import { CORS_HEADERS, handleApiRequest, invalidParams, problem } from "@/lib/open-data/http";
import { exportParamsSchema, rawParams, toSearch } from "@/lib/open-data/params";
import { streamOpenData } from "@/lib/open-data/queries";
import { isoDay } from "@/lib/format";

export function GET(request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  return handleApiRequest(request, async () => {
    const { fichier } = await params;
    const format = fichier.match(/^structures\.(\w+)$/)?.[1] ?? "";
    if (!isExportFormat(format)) {
      return problem(404, "Fichiers disponibles : structures.csv, structures.json et structures.geojson.");
    }
    const parsed = exportParamsSchema.safeParse(rawParams(new URL(request.url).searchParams));
    if (!parsed.success) return invalidParams(parsed.error);
    const batches = streamOpenData(toSearch(parsed.data));
    // The first batch is read before answering: a database that does not answer gets its 503, not a cut file.
    const firstRead = await batches.next();
    const replay = (async function* () {
      try {
        if (!firstRead.done) yield firstRead.value;
        yield* batches;
      } finally {
        // A download cancelled after its first batch still ends the cursor's transaction.
        await batches.return(undefined);
      }
    })();
    const date = isoDay(new Date());
    return new Response(exportStream(format, replay, parseOpenDataEnv()), {
      headers: {
        ...CORS_HEADERS,
        "Content-Type": EXPORT_FORMATS[format].contentType,
        "Content-Disposition": `attachment; filename="structures-iae-${date}.${format}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
