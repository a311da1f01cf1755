// Any other address under /api/v1: a 404 as problem+json, not the site's HTML page.
import { problem } from "@/lib/open-data/http";

const notFound = () => problem(404, "Cette adresse n’existe pas dans l’API : voir /api/v1/openapi.json.");

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
