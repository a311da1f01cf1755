// npm run user:rotate-mfa-key — seals every authenticator app's key again with MFA_ENCRYPTION_KEY. To rotate:
// put the new key in MFA_ENCRYPTION_KEY and the old one in MFA_ENCRYPTION_KEYS_PREVIOUS (both read by the
// servers, which keep working meanwhile), run this, then remove MFA_ENCRYPTION_KEYS_PREVIOUS.
import { localMfaKey } from "@/lib/auth/bootstrap";
import { resealTotpSecrets } from "@/lib/auth/second-factor";
import { createPrismaClient } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/resolve";
import { parseStartEnv } from "@/lib/env";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const env = parseStartEnv();
  const database = await openDatabase(env);
  // The embedded database's key is the one `npm start` made in .data/, unless the environment names another.
  if (database.isEmbedded) process.env.MFA_ENCRYPTION_KEY ??= await localMfaKey(env.EMBEDDED_DB_DIR);
  const prisma = createPrismaClient(database.url);
  try {
    await migrate(database.url);
    const { resealed, total } = await resealTotpSecrets(prisma);
    console.log(`Clés d’application scellées à nouveau avec la clé actuelle : ${resealed} sur ${total}.`);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
});
