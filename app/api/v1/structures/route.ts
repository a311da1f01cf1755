// GET /api/v1/structures: the directory in data·inclusion v1, a page at a time ({items, total, page, size,
// pages}, as data·inclusion's own API answers), with the directory's filters.
import { parseOpenDataEnv } from "@/lib/env";
import { handleApiRequest, invalidParams, jsonWithEtag, methodNotAllowed, preflight } from "@/lib/open-data/http";
import { apiParamsSchema, rawParams, toSearch } from "@/lib/open-data/params";
import { findOpenDataPage } from "@/lib/open-data/queries";
import { toDataInclusion } from "@/lib/open-data/structure";

export function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const parsed = apiParamsSchema.safeParse(rawParams(new URL(request.url).searchParams));
    if (!parsed.success) return invalidParams(parsed.error);
    const { page, size, ...filters } = parsed.data;
    const { rows, total } = await findOpenDataPage(toSearch(filters), page, size);
    const env = parseOpenDataEnv();
    return jsonWithEtag(request, {
      items: rows.map((row) => toDataInclusion(row, env)),
      total,
      page,
      size,
      pages: Math.ceil(total / size),
    });
  });
}

export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
