"use client";

import "./globals.css";
import { ErrorContent } from "@/components/site/error-content";

/** Last resort when the root layout itself fails: it must render its own <html>. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body>
        <title>Service momentanément indisponible · Groupe SNS</title>
        <main>
          <ErrorContent reset={reset} />
        </main>
      </body>
    </html>
  );
}
