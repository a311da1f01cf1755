// A governance mandate as the pages show it, and the French names of its levels.
import type { MandateLevel } from "@/lib/generated/prisma/enums";

export type Mandate = {
  id: number;
  organisation: string;
  role: string;
  level: MandateLevel;
  url: string | null;
  startsOn: string | null;
  endsOn: string | null;
};

export const MANDATE_LEVEL_LABELS: Record<MandateLevel, string> = {
  DEPARTMENTAL: "Départemental",
  REGIONAL: "Régional",
  NATIONAL: "National",
};
