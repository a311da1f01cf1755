// Pages the site's HTTP server answers by itself, when Next.js cannot or must not render one: the database
// does not answer, the request cannot name any page, the body sent is too large. Self-contained (no script,
// no stylesheet to fetch): they must show whatever else is down.

export const RETRY_AFTER_SECONDS = 30;

function standalonePage(title: string, paragraphs: string[]) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – Groupe SNS</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#1e293b;background:#f8fafc;line-height:1.6}
main{max-width:40rem;margin:4rem auto;padding:0 1.25rem}
h1{font-size:1.75rem;line-height:1.25;color:#0f3d3e}
a{color:#0f5f5c}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join("\n")}
<p><a href="/">Revenir à l’accueil</a></p>
</main>
</body>
</html>
`;
}

export const UNAVAILABLE_PAGE = standalonePage("Service temporairement indisponible", [
  "Cette page ne peut pas être affichée pour le moment : une opération de maintenance ou un incident technique est en cours.",
  "Rien n’est perdu. Merci de réessayer dans quelques instants.",
]);

export const BAD_REQUEST_PAGE = standalonePage("Adresse invalide", [
  "L’adresse demandée n’est pas celle d’une page de ce site : vérifiez-la, ou partez de l’accueil.",
]);

export const tooLargePage = (limit: string) =>
  standalonePage("Envoi trop volumineux", [
    `Ce qui a été envoyé dépasse ${limit}, la taille la plus grande que le site accepte : rien n’a été enregistré.`,
    "Revenez à la page précédente avec le bouton « Retour » du navigateur : ce que vous aviez saisi y est encore. Envoyez un fichier plus petit, ou découpez-le en plusieurs.",
  ]);
