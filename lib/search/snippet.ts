// ts_headline marks matches with these control characters instead of HTML, so the
// database never produces markup: the text is escaped here first, then the markers
// become <mark> elements. The query schema strips control characters from input.
import { escapeHtml } from "@/lib/html/escape";

export const SNIPPET_START = "\u0001";
export const SNIPPET_STOP = "\u0002";

// The only HTML a search result renders: escaped text with balanced <mark> pairs,
// whatever stray markers the text may hold.
export function snippetToHtml(raw: string): string {
  let open = false;
  let html = "";
  for (const part of raw
    .replace(/\s+/g, " ")
    .trim()
    .split(/([\u0001\u0002])/)) {
    if (part === SNIPPET_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === SNIPPET_STOP) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += escapeHtml(part.replace(/[\u0000-\u001f\u007f]/g, ""));
    }
  }
  return open ? `${html}</mark>` : html;
}

// The query's words in every casing a text may use, joined by "or", for ts_headline:
// the stored text keeps its case, and any single word found is worth highlighting.
export function highlightQuery(q: string): string {
  const words = q
    .split(/\s+/)
    .filter((w) => !w.startsWith("-"))
    .map((w) => w.replace(/"/g, ""))
    .filter((w) => w && w.toLowerCase() !== "or");
  const cased = words.flatMap((w) => {
    const [first = "", ...rest] = [...w];
    return [w, w.toLowerCase(), w.toUpperCase(), first.toUpperCase() + rest.join("").toLowerCase()];
  });
  return [...new Set(cased)].join(" or ");
}
