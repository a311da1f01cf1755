// Builds a Prisma client on the node-postgres driver adapter. The application keeps one (lib/db.ts);
// scripts and tests make their own for the database they were pointed at.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
