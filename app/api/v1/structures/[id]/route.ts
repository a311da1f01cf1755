// GET /api/v1/structures/{id}: one structure in data·inclusion v1; 404 as problem+json for an unknown id.
import { parseOpenDataEnv } from "@/lib/env";
import { handleApiRequest, jsonWithEtag, methodNotAllowed, preflight, problem } from "@/lib/open-data/http";
import { findOpenDataStructure } from "@/lib/open-data/queries";
import { toDataInclusion } from "@/lib/open-data/structure";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApiRequest(request, async () => {
    const { id } = await params;
    // Ids are the directory's own positive integers (PostgreSQL int4).
    const number = /^[1-9]\d{0,9}$/.test(id) ? Number(id) : NaN;
    const row = number <= 2_147_483_647 ? await findOpenDataStructure(number) : null;
    if (!row) return problem(404, `Aucune structure n’a l’identifiant « ${id.slice(0, 50)} ».`);
    return jsonWithEtag(request, toDataInclusion(row, parseOpenDataEnv()));
  });
}

export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
