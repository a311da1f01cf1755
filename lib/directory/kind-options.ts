import { KIND_CODES, STRUCTURE_KINDS } from "@/lib/directory/kinds";

export const KIND_OPTIONS = KIND_CODES.map((kind) => ({
  value: kind,
  label: `${STRUCTURE_KINDS[kind].label} (${kind})`,
}));
