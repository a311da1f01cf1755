// npm run db:seed — creates the site's content and the demo directory where they are missing.
import { openDatabase } from "@/lib/database/resolve";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { parseStartEnv } from "@/lib/env";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const database = await openDatabase(parseStartEnv());
  try {
    if (database.isEmbedded) await migrate(database.url, { log: console.log });
    const report = await seed(database.url);
    const created = Object.entries(report).map(([what, count]) => `${what} : ${count}`);
    console.log(`Données initiales créées (ce qui existait déjà est inchangé) — ${created.join(", ")}.`);
  } finally {
    await database.close();
  }
});
