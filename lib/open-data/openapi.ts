// /api/v1/openapi.json: the API described in OpenAPI 3.1, generated from the very zod schemas that check the
// parameters and type the items (zod 4's JSON Schema output), so the description cannot drift from the code.
import { z } from "zod";
import { API_RATE_LIMIT } from "@/lib/open-data/http";
import { apiParamsSchema } from "@/lib/open-data/params";
import { dataInclusionStructure } from "@/lib/open-data/structure";

type JsonSchema = Record<string, unknown>;

/** A zod schema as a bare JSON Schema, for OpenAPI 3.1's components. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _schema, id: _id, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Probleme" } } },
});

const ERRORS = {
  "429": problemResponse(
    `Plus de ${API_RATE_LIMIT.points} requêtes en ${API_RATE_LIMIT.duration} s depuis une adresse : en-têtes Retry-After, RateLimit et RateLimit-Policy.`,
  ),
  "503": problemResponse("La base de données ne répond pas : réessayer après Retry-After."),
};

export function openApiDocument(siteUrl: string) {
  const params = jsonSchema(apiParamsSchema, "input") as { properties: Record<string, JsonSchema> };
  const parameters = Object.entries(params.properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: "query",
      required: false,
      description,
      schema: rest,
      ...(rest.type === "array" ? { style: "form", explode: true } : {}),
    };
  });
  const etag = { ETag: { description: "Version de la réponse, pour If-None-Match.", schema: { type: "string" } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Annuaire de l’IAE — Groupe SNS",
      version: "1.0.0",
      description:
        "Les structures de l’insertion par l’activité économique de l’annuaire, au format data·inclusion v1 (schéma structure), sans jeton. Données sous Licence Ouverte 2.0 : voir /donnees.",
      license: { name: "Licence Ouverte 2.0", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
    },
    servers: [{ url: siteUrl }],
    paths: {
      "/api/v1/structures": {
        get: {
          summary: "Structures de l’annuaire, page par page",
          description:
            "Dans l’ordre de leurs identifiants : une pagination stable pour moissonner. Mêmes filtres que l’annuaire.",
          parameters,
          responses: {
            "200": {
              description: "Une page de structures.",
              headers: etag,
              content: { "application/json": { schema: { $ref: "#/components/schemas/PageDeStructures" } } },
            },
            "304": { description: "Inchangée depuis l’ETag envoyé dans If-None-Match." },
            "400": problemResponse("Un paramètre est invalide ou inconnu : chacun est nommé dans `errors`."),
            ...ERRORS,
          },
        },
      },
      "/api/v1/structures/{id}": {
        get: {
          summary: "Une structure",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[1-9][0-9]*$" } },
          ],
          responses: {
            "200": {
              description: "La structure.",
              headers: etag,
              content: { "application/json": { schema: { $ref: "#/components/schemas/Structure" } } },
            },
            "304": { description: "Inchangée depuis l’ETag envoyé dans If-None-Match." },
            "404": problemResponse("Aucune structure n’a cet identifiant."),
            ...ERRORS,
          },
        },
      },
    },
    components: {
      schemas: {
        Structure: jsonSchema(dataInclusionStructure, "output"),
        PageDeStructures: {
          type: "object",
          required: ["items", "total", "page", "size", "pages"],
          properties: {
            items: { type: "array", items: { $ref: "#/components/schemas/Structure" } },
            total: { type: "integer", minimum: 0 },
            page: { type: "integer", minimum: 1 },
            size: { type: "integer", minimum: 1 },
            pages: { type: "integer", minimum: 0 },
          },
        },
        Probleme: {
          type: "object",
          description: "RFC 9457, en français.",
          required: ["type", "title", "status", "detail"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            errors: {
              type: "array",
              items: {
                type: "object",
                properties: { parametre: { type: ["string", "null"] }, message: { type: "string" } },
              },
            },
          },
        },
      },
    },
  };
}
