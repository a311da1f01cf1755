// The one Prisma client of the application.
import "server-only";
import { createPrismaClient } from "@/lib/database/client";
import { parseServerEnv } from "@/lib/env";

// Kept on globalThis so that hot reloading in development does not open a new pool per edit.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient(parseServerEnv().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
