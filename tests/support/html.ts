// Fetches a page of the running site and parses it, to assert what a visitor or a crawler receives.
import { JSDOM } from "jsdom";

export async function fetchPage(url: string) {
  const response = await fetch(url, { redirect: "manual" });
  const html = await response.text();
  const document = new JSDOM(html).window.document;
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content") ?? null;
  return {
    response,
    html,
    document,
    title: document.title,
    description: meta('meta[name="description"]'),
    robots: meta('meta[name="robots"]'),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    ogUrl: meta('meta[property="og:url"]'),
    text: (document.body.textContent ?? "").replace(/\s+/g, " "),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent ?? "") as Record<string, unknown>,
    ),
  };
}
