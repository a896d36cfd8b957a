// ts_headline marks matches with these control characters instead of HTML, so the
// database never produces markup: the text is escaped here first, then the markers
// become <mark> elements. The query schema strips control characters from input.
import { escapeHtml } from "@/lib/html/escape";

export const SNIPPET_START = "\u0001";
export const SNIPPET_STOP = "\u0002";
// Between the fragments of one result: a true ellipsis, which a text made plain never holds.
export const FRAGMENT_DELIMITER = " … ";

// The only HTML a search result renders: escaped text with balanced <mark> pairs,
// whatever stray markers the text may hold. Runs of ASCII white space become one space; a
// no-break space stays, as the text's typography.
export function snippetToHtml(raw: string): string {
  let open = false;
  let html = "";
  for (const part of raw
    .replace(/[ \t\n\r\f\v]+/g, " ")
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

// ts_headline ran over the excerpt made plain (search_plain puts one ASCII character for each
// typographic one), so every fragment it returns stands at the same offsets in the excerpt as
// written, from which the text's own «quotes», dashes and spaces are put back.
export function restoreTypography(headline: string, written: string): string {
  const plain = toPlain(written);
  return headline
    .split(FRAGMENT_DELIMITER)
    .map((fragment) => {
      const at = plain.indexOf(fragment.replace(/[\u0001\u0002]/g, ""));
      if (at < 0) return fragment;
      let out = "";
      let i = at;
      for (const unit of fragment.split("")) out += unit === SNIPPET_START || unit === SNIPPET_STOP ? unit : written[i++];
      return out;
    })
    .join(FRAGMENT_DELIMITER);
}

// The database's search_plain (migration 20261122230000_search), character for character.
const PLAIN: Record<string, string> = {
  ...Object.fromEntries([..."«»„“”"].map((c) => [c, '"'])),
  "‚": ",",
  ...Object.fromEntries([..."‘’‹›"].map((c) => [c, "'"])),
  ...Object.fromEntries([..."—–‐‑‒−"].map((c) => [c, "-"])),
  "…": ".",
  ...Object.fromEntries([..."\u00a0\u2007\u2009\u202f"].map((c) => [c, " "])),
};
const toPlain = (text: string) => text.replace(/[«»„“”‚‘’‹›—–‐‑‒−…\u00a0\u2007\u2009\u202f]/g, (c) => PLAIN[c]!);
