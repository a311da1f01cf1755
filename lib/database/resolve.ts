// Which database a command works on: DATABASE_URL when given, else the project's embedded PostgreSQL.
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import type { StartEnv } from "@/lib/env";

export type OpenDatabase = { url: string; isEmbedded: boolean; close: () => Promise<void> };

export async function openDatabase(env: StartEnv, log: (line: string) => void = console.log): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, isEmbedded: false, close: async () => {} };
  const embedded = await startEmbeddedDatabase({ dir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT, log });
  log(`Base PostgreSQL embarquée sur 127.0.0.1:${embedded.port}.`);
  return { url: embedded.url, isEmbedded: true, close: embedded.stop };
}
