// Each test file gets its own copy of the migrated and seeded database (CREATE DATABASE … TEMPLATE), so that
// files running in parallel never see each other's writes. Set before any file imports lib/database/db.ts.
import { inject, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";
import { invalidatedTags, staffSession, TEST_CLIENT_ADDRESS } from "@/tests/support/staff-session";
import { TEST_MFA_KEY } from "@/tests/support/second-factor";
import { cloneDatabase } from "@/tests/support/test-database";

// There is no HTTP request here: the session comes from tests/support/staff-session.ts, and cache
// invalidations are recorded so that tests can check which public pages a write refreshes.
vi.mock("@/lib/auth/session-token", () => ({ readSessionClaims: async () => staffSession.current }));
// The site server sets the client's address on every request; here, every action comes from one address.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: TEST_CLIENT_ADDRESS }),
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  updateTag: (tag: string) => void invalidatedTags.push(tag),
  revalidatePath: (path: string, type: string) => void invalidatedTags.push(`path:${path}:${type}`),
}));

process.env.DATABASE_URL = await cloneDatabase(inject("adminUrl"), inject("templateDatabase"));
process.env.NEXTAUTH_SECRET = "secret-de-test-qui-compte-plus-de-32-caracteres";
process.env.MFA_ENCRYPTION_KEY = TEST_MFA_KEY;
