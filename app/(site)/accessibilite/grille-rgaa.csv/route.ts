import { auditCsv } from "@/lib/accessibility/audit";

// The audit grid the statement is written from, for a spreadsheet: built once, at build time, from the same file.
export const dynamic = "force-static";

export function GET() {
  return new Response(auditCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="grille-rgaa-groupe-sns.csv"',
    },
  });
}
