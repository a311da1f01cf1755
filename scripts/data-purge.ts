// npm run data:purge — erases the e-mail address and description of reports closed more than
// REPORT_RETENTION_MONTHS ago (12 by default), and the records of logins ended more than a day ago. Schedule it
// (a daily cron); servers also run it at start-up.
import { migrate } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/resolve";
import { parseStartEnv } from "@/lib/env";
import { purgeClosedReports, purgeEndedLogins } from "@/lib/reports/purge";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const env = parseStartEnv();
  const database = await openDatabase(env);
  try {
    // The embedded database may be older than the reports: brought up to date as `npm start` would.
    if (database.isEmbedded) await migrate(database.url, { log: console.log });
    const purged = await purgeClosedReports(database.url, env.REPORT_RETENTION_MONTHS);
    console.log(`Connexions terminées depuis plus d’un jour effacées : ${await purgeEndedLogins(database.url)}.`);
    console.log(`Signalements clos depuis plus de ${env.REPORT_RETENTION_MONTHS} mois effacés : ${purged}.`);
  } finally {
    await database.close();
  }
});
