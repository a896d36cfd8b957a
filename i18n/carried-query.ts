// What the language switcher carries to the other language's address: a search's words and a
// list's filters mean the same there; the page number may not exist there (fewer items).
export function carriedQuery(search: string): string {
  const kept = new URLSearchParams([...new URLSearchParams(search)].filter(([name]) => name !== "page"));
  return kept.size > 0 ? `?${kept}` : "";
}
