// Points the header's language link at the translation's own address on its way out, so that
// without JavaScript it answers 200 at once instead of going through the current path's redirect.
// The address is the page's own hreflang alternate, which its metadata writes into <head> before
// the header streams; the layout that draws the link cannot know it. A page naming no alternate
// (an item without a translation) keeps the link to its own path, which answers with an honest
// page in the other language.
// Every page passes through here, cached ones too: plain searches, and a new string only for a
// link that changes (regular expressions over the page cost 100–170 µs a page).
const ALTERNATE_START = '<link rel="alternate" hrefLang="';
const ALTERNATE = /<link rel="alternate" hrefLang="([a-z]{2})" href="([^"]*)"/y;
const MARK = 'data-locale-link="';
const HREF = /(\shref=")([^"]*)"/;
const HEAD_END = "</head>";
const HEADER_END = "</header>";
// A tag cut by a chunk's end waits for the next chunk, unless it is longer than any of ours.
const MAX_HELD = 2048;
const EMPTY = Buffer.alloc(0);

// Responses whose text has its link in place already (pages replayed from the page cache, which
// keeps them rewritten): the writer passes them without searching them again.
const pointed = new WeakSet<object>();
export const markLinksPointed = (res: object) => void pointed.add(res);
export const linksPointed = (res: object) => pointed.has(res);

export class LocaleLinkWriter {
  private alternates = new Map<string, string>();
  private inHead = true;
  private done = false;
  private held: Buffer = EMPTY;
  // The request's path after its locale: an alternate at the same path needs no rewrite.
  private readonly locale: string = "";
  private readonly rest: string = "";

  constructor(url: string | undefined) {
    const match = /^\/([a-z]{2})(\/[^?]*)?(?:\?|$)/.exec(url ?? "");
    if (!match) this.done = true;
    else [, this.locale = "", this.rest = ""] = match;
  }

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
    let from = 0;
    if (this.inHead) {
      const end = text.indexOf(HEAD_END);
      const head = end < 0 ? text : text.slice(0, end);
      for (let at = head.indexOf(ALTERNATE_START); at >= 0; at = head.indexOf(ALTERNATE_START, at + 1)) {
        ALTERNATE.lastIndex = at;
        const [, locale, href] = ALTERNATE.exec(head) ?? [];
        if (locale && href !== undefined) this.alternates.set(locale, pathOf(href));
      }
      if (end < 0) return text;
      this.inHead = false;
      from = end;
      this.done = ![...this.alternates].some(([locale, path]) => locale !== this.locale && path !== `/${locale}${this.rest}`);
      if (this.done) return text;
    }
    const headerEnd = text.indexOf(HEADER_END, from);
    const mark = text.indexOf(MARK, from);
    if (mark < 0 || (headerEnd >= 0 && mark > headerEnd)) {
      this.done = headerEnd >= 0;
      return text;
    }
    this.done = true;
    const start = text.lastIndexOf("<a", mark);
    const end = text.indexOf(">", mark);
    const path = this.alternates.get(text.slice(mark + MARK.length, mark + MARK.length + 2));
    if (start < 0 || end < 0 || !path) return text;
    const tag = text.slice(start, end + 1);
    const linked = tag.replace(HREF, (_, attribute: string) => `${attribute}${path}"`);
    return linked === tag ? text : text.slice(0, start) + linked + text.slice(end + 1);
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
