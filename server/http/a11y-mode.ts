// Applies the visitor's accessible-version settings (lib/a11y-mode.ts) to a page on its way out:
// data attributes on <html>, which globals.css turns into text size, colours, images and
// spacing. Done here rather than in the render, so the same cached page serves everyone and the
// setting shows from the first paint, without JavaScript.
import type { IncomingMessage } from "node:http";
import { parseCookie } from "cookie";
import { A11Y_COOKIE, a11yAttributes, parseA11yCookie } from "../../lib/a11y-mode.ts";

export function a11yHtmlAttributes(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header?.includes(A11Y_COOKIE)) return null;
  const mode = parseA11yCookie(parseCookie(header)[A11Y_COOKIE]);
  return mode && a11yAttributes(mode);
}

const HTML_TAG = /<html(?=[\s>])/;

// Adds `attributes` to the first <html> tag; `pending` until a chunk has had it.
export class HtmlAttributeWriter {
  private pending: boolean;
  constructor(private readonly attributes: string | null) {
    this.pending = attributes !== null;
  }

  apply(chunk: Buffer | string): Buffer | string {
    if (!this.pending) return chunk;
    const text = typeof chunk === "string" ? chunk : chunk.toString("latin1");
    const at = text.search(HTML_TAG);
    if (at < 0) return chunk;
    this.pending = false;
    const out = text.slice(0, at + 5) + this.attributes + text.slice(at + 5);
    return typeof chunk === "string" ? out : Buffer.from(out, "latin1");
  }
}
