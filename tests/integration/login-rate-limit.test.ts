// The login rate limit, per account and per address, through next-auth's credentials provider.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/database/db";
import { signInAs, signOutLocally } from "@/tests/support/staff-session";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

describe("login rate limit", () => {
  const authorize = (email: string, password: string, address = "203.0.113.7") => {
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: unknown, r: unknown) => Promise<unknown> };
    };
    return provider.options.authorize({ email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: address } });
  };

  it("accepts the right password and refuses a wrong one", async () => {
    const user = await signInAs("EDITOR");
    expect(await authorize(user.email, user.password)).toMatchObject({ email: user.email });
    expect(await authorize(user.email, "mauvais mot de passe")).toBeNull();
  });

  it("blocks an account after 5 failures, even with the right password, and an unknown one the same way", async () => {
    const user = await signInAs("EDITOR");
    for (let i = 0; i < 5; i++)
      expect(await authorize(user.email, "mauvais mot de passe", `198.51.100.${i}`)).toBeNull();
    await expect(authorize(user.email, user.password, "198.51.100.99")).rejects.toThrow("RateLimited");

    for (let i = 0; i < 5; i++) expect(await authorize("personne@groupe-sns.test", "x", `198.51.100.${i}`)).toBeNull();
    await expect(authorize("personne@groupe-sns.test", "x", "198.51.100.99")).rejects.toThrow("RateLimited");
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < 30; i++) await authorize(`inconnu-${i}@groupe-sns.test`, "x", "192.0.2.50");
    await expect(authorize("encore-un@groupe-sns.test", "x", "192.0.2.50")).rejects.toThrow("RateLimited");
  });
});
