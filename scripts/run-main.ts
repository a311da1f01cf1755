// Runs a command-line entry point: variables from .env when the file exists (the environment wins), and a
// known error prints its French message alone, exit code 1.
import { existsSync } from "node:fs";

export function runMain(main: () => Promise<void>) {
  if (existsSync(".env")) process.loadEnvFile(".env");
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
