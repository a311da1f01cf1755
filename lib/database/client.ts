// Builds a Prisma client on the node-postgres driver adapter. The application keeps one (lib/db.ts);
// scripts and tests make their own for the database they were pointed at.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // The password hash is only ever read where a password is checked, by asking for it explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
