// npm run user:reset-mfa -- --email prenom.nom@groupe-sns.fr
// For the last administrator who lost their phone: removes the account's authenticator app, passkeys and
// recovery codes and ends its sessions (the same function as the back office's button), journaled. At the next
// login, the account sets up a new second factor.
import { parseArgs } from "node:util";
import { z } from "zod";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { normalizeEmail, SYSTEM_ACTORS } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/resolve";
import { parseStartEnv } from "@/lib/env";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  const email = z.email({ message: "--email : adresse électronique invalide." }).parse(values.email ?? "");
  const database = await openDatabase(parseStartEnv());
  const prisma = createPrismaClient(database.url);
  try {
    await migrate(database.url);
    await prisma.$transaction(async (tx) => {
      const account = await tx.user.findUnique({
        where: { email: normalizeEmail(email) },
        select: { id: true, email: true },
      });
      if (!account) throw new Error(`Aucun compte pour ${email}.`);
      await resetSecondFactor(tx, account, SYSTEM_ACTORS.resetCommand);
    });
    console.log(
      `Double authentification réinitialisée pour ${normalizeEmail(email)} : ses sessions sont terminées ; ` +
        `à la prochaine connexion, le compte en configurera une nouvelle.`,
    );
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
});
