// Builds a Prisma client on the node-postgres driver adapter. The application keeps one (lib/database/db.ts);
// scripts and tests make their own for the database they were pointed at.
import { PrismaPg } from "@prisma/adapter-pg";
import { isConnectionError, markDatabaseReachable, markDatabaseUnreachable } from "@/lib/database/availability";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Records, for the HTTP server, whether each round trip of the adapter reached the database. */
function observed<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (resolved: unknown) => {
            markDatabaseReachable();
            return resolved;
          },
          (error: unknown) => {
            if (isConnectionError(error)) markDatabaseUnreachable();
            throw error;
          },
        );
      };
    },
  });
}

export function createPrismaClient(connectionString: string) {
  // A database that does not answer fails a request after 5 s rather than leaving it hanging.
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => observed(await connect());
  return new PrismaClient({
    adapter,
    // The password hash and the sealed TOTP key are only ever read where they are checked, by asking for them.
    omit: { user: { passwordHash: true, totpSecret: true } },
  });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
