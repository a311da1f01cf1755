// Who must have a second factor: every administrator; editors too when MFA_REQUIRED_FOR_EDITORS=true.
import { parseMfaPolicyEnv } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";

export function secondFactorRequired(role: Role, source: Record<string, string | undefined> = process.env) {
  return role === "ADMIN" || parseMfaPolicyEnv(source).MFA_REQUIRED_FOR_EDITORS;
}
