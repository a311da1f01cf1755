// The report form as a forged request would post it, through the site's server: Next.js's origin check on
// server actions refuses it from another site, and takes the same request from the site itself.
import { describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { formsOf } from "@/tests/support/http-session";

const baseUrl = inject("baseUrl");
const PAGE = "/annuaire/la-collecterie-93/signaler";

describe("the report form against forged requests", () => {
  it("refuses a report posted from another site, and takes the same one from the site", async () => {
    const prisma = createPrismaClient(inject("pagesDatabaseUrl"));
    try {
      const count = () => prisma.structureReport.count({ where: { structure: { slug: "la-collecterie-93" } } });
      const before = await count();
      const post = async (origin: string) => {
        const [form] = await formsOf(`${baseUrl}${PAGE}`, "");
        form!.set("reason", "OTHER");
        form!.set("description", "Un signalement envoyé par un autre site.");
        return fetch(`${baseUrl}${PAGE}`, { method: "POST", redirect: "manual", headers: { origin }, body: form });
      };
      const forged = await post("https://site-malveillant.example");
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(await count()).toBe(before);

      const genuine = await post(baseUrl);
      expect(genuine.status).toBe(200);
      expect(await count()).toBe(before + 1);
    } finally {
      await prisma.$disconnect();
    }
  });
});
