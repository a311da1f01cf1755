// npm run user:create -- --email prenom.nom@groupe-sns.fr --role ADMIN
// The password is typed at a prompt (not echoed), or read from SNS_USER_PASSWORD for automation.
import { parseArgs } from "node:util";
import readline from "node:readline";
import { passwordSchema } from "@/lib/auth/password";
import { SYSTEM_ACTORS, createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/resolve";
import { parseStartEnv } from "@/lib/env";
import { runMain } from "@/scripts/run-main";
import { z } from "zod";

function askHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing of what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stdout.write(question);
  return new Promise((resolve) =>
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

runMain(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "EDITOR" } } });
  const email = z.email({ message: "--email : adresse électronique invalide." }).parse(values.email ?? "");
  const role = z.enum(["ADMIN", "EDITOR"], { message: "--role : ADMIN ou EDITOR." }).parse(values.role);
  let password = process.env.SNS_USER_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY)
      throw new Error("Pas de terminal pour saisir le mot de passe : définissez SNS_USER_PASSWORD.");
    password = await askHidden("Mot de passe (12 à 128 caractères) : ");
    if ((await askHidden("Confirmez le mot de passe : ")) !== password) throw new Error("Les deux saisies diffèrent.");
  }
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new Error(checked.error.issues[0]?.message);

  const database = await openDatabase(parseStartEnv());
  const prisma = createPrismaClient(database.url);
  try {
    await migrate(database.url);
    if (await prisma.user.findUnique({ where: { email: email.toLowerCase() } }))
      throw new Error(`Un compte existe déjà pour ${email}.`);
    const user = await createUser(prisma, { email, password, role }, SYSTEM_ACTORS.commandLine);
    console.log(`Compte créé : ${user.email} (${user.role === "ADMIN" ? "administrateur" : "éditeur"}).`);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
});
