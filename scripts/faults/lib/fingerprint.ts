// What the database holds, as the site shows it: the article slugs of both news lists
// (cached reads, emptied at every start) and the totals of a few searches (never cached).
const SEARCHES = ["/ru/search?q=%D1%80%D0%B5%D0%B3%D0%B8%D0%BE%D0%BD", "/en/search?q=region", "/en/search?q=innovation"];

export async function contentFingerprint(base: string): Promise<string> {
  const parts: string[] = [];
  for (const list of ["/ru/press/news", "/en/press/news"]) {
    const html = await fetch(base + list).then((r) => r.text());
    parts.push(`${list}: ${[...html.matchAll(/href="\/(?:ru|en)\/press\/news\/([^"?#/]+)"/g)].map((m) => m[1]).join(",")}`);
  }
  for (const search of SEARCHES) {
    const html = await fetch(base + search).then((r) => r.text());
    parts.push(`${search}: ${html.match(/id="search-total"[^>]*>([^<]*)</)?.[1] ?? "?"}`);
  }
  return parts.join("\n");
}
