import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import type { StructureKind } from "@/lib/generated/prisma/enums";

export function KindBadge({ kind }: { kind: StructureKind }) {
  const info = STRUCTURE_KINDS[kind];
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${
        info.isSiae ? "bg-brand-100 text-brand-900" : "bg-accent-100 text-accent-700"
      }`}
    >
      <abbr title={info.label} className="no-underline">
        {kind}
      </abbr>
    </span>
  );
}
