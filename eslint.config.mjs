// ESLint: Next.js's rules (React, hooks, accessibility, Core Web Vitals, TypeScript), and the layers of the code
// enforced: components never reach the database, lib never imports components, scripts never import tests.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const restrict = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "node_modules/**"]),
  {
    rules: {
      // A leading underscore names what is set aside on purpose (`const { slug: _slug, ...rest } = row`).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  restrict(
    ["components/**"],
    [
      {
        group: ["@/lib/database/*", "@/lib/generated/prisma/client", "pg", "@prisma/*"],
        message: "Les composants ne touchent pas à la base : passez par une fonction de lib/ qui vérifie qui demande.",
      },
    ],
  ),
  restrict(
    ["lib/**"],
    [{ group: ["@/components/*", "@/app/*"], message: "lib/ ne dépend pas de l’interface (components/, app/)." }],
  ),
  restrict(["scripts/**"], [{ group: ["@/tests/*"], message: "Les scripts n’importent jamais les tests." }]),
]);
