// The run's database and build: each journey and resilience file starts the servers it needs on copies of
// them (tests/support/production-copy.ts), so that files run side by side without seeing each other's writes.
import type { TestProject } from "vitest/node";
import { provideSite } from "@/tests/support/site-setup";

export default async function setup(project: TestProject) {
  const { release } = await provideSite(project);
  return release;
}
