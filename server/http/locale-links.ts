// Points the header's language link at the translation's own address on its way out, so that
// without JavaScript it answers 200 at once instead of going through the current path's redirect.
// The address is the page's own hreflang alternate, which its metadata writes into <head> before
// the header streams; the layout that draws the link cannot know it. A page naming no alternate
// (an item without a translation) keeps the link to its own path, which answers with an honest
// page in the other language.
const ALTERNATE = /<link rel="alternate" hrefLang="([a-z]{2})" href="([^"]*)"\/?>/g;
const SWITCH_LINK = /<a\s[^>]*?data-locale-link="([a-z]{2})"[^>]*>/;
const HREF = /(\shref=")([^"]*)"/;
const HEAD_END = "</head>";
const HEADER_END = "</header>";
// A tag cut by a chunk's end waits for the next chunk, unless it is longer than any of ours.
const MAX_HELD = 2048;
const EMPTY = Buffer.alloc(0);

export class LocaleLinkWriter {
  private alternates = new Map<string, string>();
  private inHead = true;
  private done = false;
  private held: Buffer = EMPTY;

  // Text passes unchanged once the header is past; before that, a tag cut at the end is held.
  apply(chunk: Buffer | string): Buffer | string {
    if (this.done && this.held.length === 0) return chunk;
    const joined = this.held.length > 0;
    let text = joined ? Buffer.concat([this.held, toBytes(chunk)]).toString("latin1") : typeof chunk === "string" ? chunk : chunk.toString("latin1");
    this.held = EMPTY;
    const open = text.lastIndexOf("<");
    let tail = "";
    if (!this.done && open > text.lastIndexOf(">") && text.length - open <= MAX_HELD) {
      tail = text.slice(open);
      text = text.slice(0, open);
    }
    const out = this.rewrite(text);
    if (tail) this.held = typeof chunk === "string" && !joined ? Buffer.from(tail) : Buffer.from(tail, "latin1");
    return typeof chunk === "string" && !joined ? out : Buffer.from(out, "latin1");
  }

  // What is still held when the response ends.
  flush(): Buffer {
    const rest = this.held;
    this.held = EMPTY;
    return rest;
  }

  private rewrite(text: string): string {
    if (this.done) return text;
    if (this.inHead) {
      const end = text.indexOf(HEAD_END);
      for (const [, locale, href] of (end < 0 ? text : text.slice(0, end)).matchAll(ALTERNATE)) this.alternates.set(locale!, pathOf(href!));
      if (end < 0) return text;
      this.inHead = false;
    }
    const headerEnd = text.indexOf(HEADER_END);
    const out = text.replace(SWITCH_LINK, (tag, locale: string) => {
      const path = this.alternates.get(locale);
      return path ? tag.replace(HREF, (_, start: string) => `${start}${path}"`) : tag;
    });
    if (headerEnd >= 0 || out !== text) this.done = true;
    return out;
  }
}

const toBytes = (chunk: Buffer | string) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk);

// An alternate is absolute (https://site/en/…); the link stays relative, like the page's others.
function pathOf(href: string): string {
  try {
    const url = new URL(href, "http://localhost");
    return url.pathname;
  } catch {
    return href;
  }
}
