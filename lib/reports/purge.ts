// Reports hold personal data (an e-mail address, a free text): both are erased a while after the report is
// closed (REPORT_RETENTION_MONTHS, 12 by default); the records of ended logins go after a day. Run at start-up
// and by `npm run data:purge` (to schedule).
import pg from "pg";

/** One statement on a connection of its own; returns how many rows it changed. */
async function changeRows(databaseUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** Erases the e-mail and description of reports closed more than `months` ago; returns how many. */
export function purgeClosedReports(databaseUrl: string, months: number) {
  return changeRows(
    databaseUrl,
    `UPDATE structure_report SET email = NULL, description = NULL, purged_at = now()
      WHERE status <> 'OPEN' AND purged_at IS NULL AND closed_at < now() - make_interval(months => $1::int)`,
    [months],
  );
}

/** Logins ended more than a day ago (lib/auth/login-session.ts) are of no use to anyone; returns how many. */
export function purgeEndedLogins(databaseUrl: string) {
  return changeRows(databaseUrl, `DELETE FROM login_session WHERE expires_at < now() - interval '1 day'`);
}

/** The purge at a server's start: said in the log when it erased something; never in the way of starting. */
export async function purgeAtStart(databaseUrl: string, months: number) {
  try {
    await purgeEndedLogins(databaseUrl);
    const purged = await purgeClosedReports(databaseUrl, months);
    if (purged > 0)
      console.log(`Signalements clos depuis plus de ${months} mois : ${purged} effacé(s) (adresse et texte).`);
  } catch (error) {
    console.error("Purge des signalements non faite :", error instanceof Error ? error.message : error);
  }
}
