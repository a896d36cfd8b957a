// Applies the visitor's accessible-version settings (lib/a11y-mode.ts) to a page on its way out:
// data attributes on <html>, which globals.css turns into text size, colours, images and
// spacing. Done here rather than in the render, so the same cached page serves everyone and the
// setting shows from the first paint, without JavaScript.
import type { IncomingMessage } from "node:http";
import { parseCookie } from "cookie";
import { A11Y_COOKIE, a11yAttributes, parseA11yCookie } from "../../lib/a11y-mode.ts";

export type A11yMarks = { html: string; current: string[] };

// What the page gets for this visitor: attributes for <html>, and the settings bar's links of
// the current choices, which get aria-current so screen readers hear which one is on.
export function a11yMarks(req: IncomingMessage): A11yMarks | null {
  const header = req.headers.cookie;
  if (!header?.includes(A11Y_COOKIE)) return null;
  const mode = parseA11yCookie(parseCookie(header)[A11Y_COOKIE]);
  if (!mode) return null;
  return { html: a11yAttributes(mode), current: Object.entries(mode).map(([key, value]) => `data-a11y-option="${key}-${value}"`) };
}

const HTML_TAG = /<html(?=[\s>])/;
const HEADER_END = "</header>";

// Writes the marks into the page as it streams: the first <html> tag, then the current
// choices up to the end of the header (where the settings bar is). A mark split between two
// chunks is missed, which costs only that mark; the <html> tag is always in the first chunk.
export class HtmlAttributeWriter {
  private html: string | null;
  private current: string[];
  constructor(marks: A11yMarks | null) {
    this.html = marks?.html ?? null;
    this.current = marks?.current ?? [];
  }

  apply(chunk: Buffer | string): Buffer | string {
    if (this.html === null && this.current.length === 0) return chunk;
    let text = typeof chunk === "string" ? chunk : chunk.toString("latin1");
    if (this.html !== null) {
      const at = text.search(HTML_TAG);
      if (at < 0) return chunk;
      text = text.slice(0, at + 5) + this.html + text.slice(at + 5);
      this.html = null;
    }
    const end = text.indexOf(HEADER_END);
    const head = end < 0 ? text : text.slice(0, end);
    const marked = this.current.reduce((t, mark) => t.replace(mark, `${mark} aria-current="true"`), head);
    this.current = end < 0 ? this.current.filter((mark) => !head.includes(mark)) : [];
    const out = marked + (end < 0 ? "" : text.slice(end));
    return typeof chunk === "string" ? out : Buffer.from(out, "latin1");
  }
}
