// Adding a server action means adding it to tests/support/action-registry.ts, where the property tests pick the
// back-office forms up: this test finds every "use server" module and fails on an action missing there.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/database/db";
import { FORM_ACTIONS, OTHER_ACTIONS } from "@/tests/support/action-registry";

afterAll(() => db.$disconnect());

async function serverModules(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") found.push(...(await serverModules(file)));
    } else if (
      /\.tsx?$/.test(entry.name) &&
      /^\s*(\/\/.*\n)*\s*["']use server["']/.test(await readFile(file, "utf8"))
    ) {
      found.push(file);
    }
  }
  return found;
}

describe("the registry of server actions", () => {
  it('names every action exported by a "use server" module', async () => {
    const modules = [...(await serverModules("lib")), ...(await serverModules("app"))];
    expect(modules.length).toBeGreaterThanOrEqual(8);
    const exported: string[] = [];
    for (const file of modules) {
      const exports = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) if (typeof value === "function") exported.push(name);
    }
    const registered = new Set([...Object.keys(FORM_ACTIONS), ...Object.keys(OTHER_ACTIONS)]);
    expect(exported.filter((name) => !registered.has(name))).toEqual([]);
    // And nothing registered that no longer exists.
    expect([...registered].filter((name) => !exported.includes(name))).toEqual([]);
  });
});
