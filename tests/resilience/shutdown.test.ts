// SIGTERM while `npm start` serves traffic on its embedded database: the requests in flight get their
// answers, PostgreSQL is shut down cleanly, and every save acknowledged before the signal is there after.
import { spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { findFreePort, startEmbeddedDatabase } from "@/lib/database/embedded";
import { buildFingerprint, buildIdentity, stampBuild } from "@/scripts/build-stamp";
import { enrolThroughPage, formsOf, signIn } from "@/tests/support/http-session";
import { TEST_MFA_KEY } from "@/tests/support/second-factor";
import { copyBuild } from "@/tests/support/test-run";

const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** The cluster state PostgreSQL records in global/pg_control (1: shut down cleanly, 6: running or crashed). */
async function clusterState(dir: string) {
  const control = await readFile(path.join(dir, "global", "pg_control"));
  return control.readInt32LE(16);
}

describe("npm start under SIGTERM", () => {
  it("answers the requests in flight, keeps every acknowledged save and stops PostgreSQL cleanly", async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), "sns-test-shutdown-"));
    await chmod(parent, 0o755);
    cleanup.push(() => rm(parent, { recursive: true, force: true }));
    const databaseDir = path.join(parent, "postgres");
    // The project's build was made from the same seed: it is made current for this new database rather than
    // built again.
    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const distDir = await copyBuild(inject("distDir"), "shutdown");
    cleanup.push(() => rm(distDir, { recursive: true, force: true }));
    await stampBuild(distDir, await buildFingerprint(buildIdentity({ embeddedDir: databaseDir }, baseUrl)));
    const start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        EMBEDDED_DB_DIR: databaseDir,
        NEXT_DIST_DIR: distDir,
        PORT: String(port),
        SITE_URL: baseUrl,
        NEXTAUTH_SECRET: inject("authSecret"),
        MFA_ENCRYPTION_KEY: TEST_MFA_KEY,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    start.stdout.on("data", (chunk) => (output += chunk));
    start.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => start.once("exit", resolve));
    cleanup.push(async () => {
      if (start.exitCode === null) start.kill("SIGKILL");
    });
    await expect.poll(() => output, { timeout: 60_000 }).toMatch(/Site servi sur/);
    await expect.poll(async () => (await fetch(`${baseUrl}/robots.txt`).catch(() => null))?.status).toBe(200);

    // The first administrator's password is printed once, at the first start.
    const password = output.match(/mot de passe : (\S+)/)?.[1];
    const { cookie, error } = await signIn(baseUrl, "admin@groupe-sns.local", password!);
    expect(error).toBeNull();
    // An administrator sets up a second factor before anything else (here from the page's key, without JS).
    await enrolThroughPage(baseUrl, cookie);
    // One form per national count on /admin/chiffres: saves that never conflict with each other.
    const forms = (await formsOf(`${baseUrl}/admin/chiffres`, cookie)).filter((form) => form.has("kind"));
    const kinds = forms.map((form) => String(form.get("kind")));
    expect(kinds.length).toBeGreaterThanOrEqual(4);

    // A save per count and thirty searches never asked before (each rendered on demand) leave at once.
    let signalAt = Infinity;
    const timed = <T>(request: Promise<T>) =>
      request.then(
        (value) => ({ value, at: performance.now() }),
        (failure: unknown) => ({ failure, at: performance.now() }),
      );
    const saves = forms.map((form, index) => {
      form.set("value", String(5_000 + index));
      return timed(
        fetch(`${baseUrl}/admin/chiffres`, { method: "POST", headers: { cookie, origin: baseUrl }, body: form }).then(
          async (response) => ({
            status: response.status,
            saved: (await response.text()).includes("Modifications enregistrées."),
          }),
        ),
      );
    });
    const searches = Array.from({ length: 30 }, (_, index) =>
      timed(
        fetch(`${baseUrl}/annuaire?q=${["metz", "nancy", "lyon"][index % 3]}&page=${index + 1}`).then((r) => r.status),
      ),
    );
    // SIGTERM as soon as the server has started answering: the rest are in flight.
    await Promise.race([...saves, ...searches]);
    signalAt = performance.now();
    start.kill("SIGTERM");

    const savesDone = await Promise.all(saves);
    const searchesDone = await Promise.all(searches);
    expect(await exited).toBe(0);

    // Nothing was cut off with a server error: every request has its answer, or never reached the server.
    const answered = [...savesDone, ...searchesDone].filter((result) => "value" in result);
    expect(answered.length).toBeGreaterThan(0);
    for (const result of searchesDone) if ("value" in result) expect(result.value).toBe(200);
    // Some answers were still being prepared when the signal came.
    expect(answered.some((result) => result.at > signalAt)).toBe(true);
    expect(output).toContain("Base embarquée arrêtée proprement.");
    expect(await clusterState(databaseDir)).toBe(1);

    // Every save the server acknowledged is in the database when it starts again.
    const acknowledged = savesDone.flatMap((result, index) =>
      "value" in result && result.value.status === 200 && result.value.saved ? [kinds[index]!] : [],
    );
    const database = await startEmbeddedDatabase({ dir: databaseDir });
    cleanup.push(() => database.stop());
    const prisma = createPrismaClient(database.url);
    const counts = await prisma.structureCount.findMany();
    await prisma.$disconnect();
    for (const kind of acknowledged) {
      expect(counts.find((count) => count.kind === kind)?.value, kind).toBe(5_000 + kinds.indexOf(kind));
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    // A whole first start (a cluster made, migrated, seeded) while the other test files use both cores.
  }, 180_000);
});
