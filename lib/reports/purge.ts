// Reports hold personal data (an e-mail address, a free text): both are erased a while after the report is
// closed (REPORT_RETENTION_MONTHS, 12 by default); ended logins go after a day. Run at start-up and by `npm run data:purge` (to schedule).
import pg from "pg";

/** Erases the e-mail and description of reports closed more than `months` ago; returns how many. */
export async function purgeClosedReports(databaseUrl: string, months: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE structure_report SET email = NULL, description = NULL, purged_at = now()
        WHERE status <> 'OPEN' AND purged_at IS NULL AND closed_at < now() - make_interval(months => $1::int)`,
      [months],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** Logins ended more than a day ago (lib/auth/login-session.ts) are of no use to anyone; returns how many. */
export async function purgeEndedLogins(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(`DELETE FROM login_session WHERE expires_at < now() - interval '1 day'`);
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
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
