// The page a visitor gets when the page they asked for needs the database and the database does not answer.
// Self-contained (no script, no stylesheet to fetch): it must show whatever else is down.

export const RETRY_AFTER_SECONDS = 30;

export const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Service temporairement indisponible – Groupe SNS</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#1e293b;background:#f8fafc;line-height:1.6}
main{max-width:40rem;margin:4rem auto;padding:0 1.25rem}
h1{font-size:1.75rem;line-height:1.25;color:#0f3d3e}
a{color:#0f5f5c}
</style>
</head>
<body>
<main>
<h1>Service temporairement indisponible</h1>
<p>Cette page ne peut pas être affichée pour le moment : une opération de maintenance ou un incident technique est en cours.</p>
<p>Rien n’est perdu. Merci de réessayer dans quelques instants.</p>
<p><a href="/">Revenir à l’accueil</a></p>
</main>
</body>
</html>
`;
