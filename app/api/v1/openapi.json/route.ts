// GET /api/v1/openapi.json: the API's description (OpenAPI 3.1), for code generators and API explorers.
import { parseOpenDataEnv } from "@/lib/env";
import { handleApiRequest, jsonWithEtag, preflight } from "@/lib/open-data/http";
import { openApiDocument } from "@/lib/open-data/openapi";

export function GET(request: Request) {
  return handleApiRequest(request, async () => jsonWithEtag(request, openApiDocument(parseOpenDataEnv().siteUrl)));
}

export const OPTIONS = preflight;
