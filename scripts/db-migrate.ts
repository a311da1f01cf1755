// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database.
import { openDatabase } from "@/lib/database/resolve";
import { migrate } from "@/lib/database/migrate";
import { parseStartEnv } from "@/lib/env";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const database = await openDatabase(parseStartEnv());
  try {
    const report = await migrate(database.url, { log: console.log });
    console.log(
      report.applied.length > 0
        ? `${report.applied.length} migration(s) appliquée(s).`
        : `Base à jour : ${report.alreadyApplied.length} migration(s) déjà appliquée(s).`,
    );
    if (report.unknown.length > 0) console.warn(`Migrations inconnues de ce dossier : ${report.unknown.join(", ")}`);
  } finally {
    await database.close();
  }
});
