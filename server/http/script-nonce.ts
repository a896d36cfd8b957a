// Gives a per-response nonce to the scripts Next.js itself writes into HTML, so that pages can
// stay prerendered and cached while the Content-Security-Policy still changes on every response.
// Only known shapes get the nonce: bundle files under /_next/static/ and the framework's inline
// bootstraps whose argument is plain JSON data. Anything else (an injected <script>, an unknown
// inline script) is left without a nonce, so the browser refuses to run it.
import { cacheSpace } from "../cache/memory-budget.mjs";
import { isTrustedScript } from "./trusted-script.ts";

// The page is scanned as bytes: the markers are ASCII, which UTF-8 never uses inside another
// character, and text that is only passed on is neither decoded nor encoded again.
const OPEN = Buffer.from("<script");
const CLOSE = Buffer.from("</script>");
const GT = 0x3e;
// Next.js preloads its late chunks; under 'strict-dynamic' a preload needs the nonce too.
const PRELOAD = Buffer.from('<link rel="preload" as="script"');
const PRELOAD_TAG = /^<link rel="preload" as="script"(?: fetchPriority="\w+")? href="\/_next\/static\/[\w\-./]+\.js"\/?>$/;
// An element larger than this is not one of ours; it is passed on untouched.
const MAX_ELEMENT = 4 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);

const DATA_ATTRS = /\stype="application\/(?:ld\+)?json"/;

export type NonceStats = { trusted: number; untrusted: number };

// A cached page reaches the server as one string, the same on every response. Its scan is kept
// as a template, pieces with a slot for the nonce wherever one goes, so that serving it again
// costs one copy rather than a scan. The key is the text itself, the very string Next.js's cache and
// the page cache hold (the result depends on nothing else), never a copy of it. Held within the
// shared memory budget; a text seen once costs its scan, as before.
const SLOT = Buffer.alloc(0);
const MIN_TEMPLATE = 4096;
type Template = { pieces: Buffer[]; pending: Buffer; stats: NonceStats; bytes: number };
const templates = cacheSpace<Template>("nonce", { keyedByText: true });

// Streaming: an element split across chunks is held back until its closing tag arrives.
export class ScriptNonceInjector {
  private pending: Buffer = EMPTY;
  readonly stats: NonceStats = { trusted: 0, untrusted: 0 };
  private readonly nonceAttr: Buffer;

  constructor(nonce: string) {
    this.nonceAttr = Buffer.from(` nonce="${nonce}"`);
  }

  push(chunk: Buffer | string): Buffer {
    const parts = this.pushParts(chunk);
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  // The same, as the pieces of the page and the nonce between them: a cached page is then sent
  // as the template's own buffers (one writev), not copied into a new buffer for every response.
  pushParts(chunk: Buffer | string): Buffer[] {
    if (typeof chunk === "string" && chunk.length >= MIN_TEMPLATE && this.pending.length === 0) return this.pushTemplated(chunk);
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, bytes]) : bytes;
    this.pending = EMPTY;
    return this.fill(this.scan(data, this.stats));
  }

  private pushTemplated(text: string): Buffer[] {
    let template = templates.get(text);
    if (!template) {
      const bytes = Buffer.from(text);
      const stats: NonceStats = { trusted: 0, untrusted: 0 };
      const pieces = this.scan(bytes, stats);
      template = { pieces, pending: this.pending, stats, bytes: bytes.length };
      templates.set(text, template, template.bytes);
    }
    this.stats.trusted += template.stats.trusted;
    this.stats.untrusted += template.stats.untrusted;
    this.pending = template.pending;
    return this.fill(template.pieces);
  }

  private fill(pieces: Buffer[]): Buffer[] {
    return pieces.filter((piece) => piece.length > 0 || piece === SLOT).map((piece) => (piece === SLOT ? this.nonceAttr : piece));
  }

  flush(): Buffer {
    const rest = this.pending;
    this.pending = EMPTY;
    return rest;
  }

  // Each marker is searched for again only once the scan has passed it, so a page with many
  // scripts and no preload is read once, not once per script.
  private scan(data: Buffer, stats: NonceStats): Buffer[] {
    const out: Buffer[] = [];
    let pos = 0;
    let script = data.indexOf(OPEN);
    let preload = data.indexOf(PRELOAD);
    for (;;) {
      if (script !== -1 && script < pos) script = data.indexOf(OPEN, pos);
      if (preload !== -1 && preload < pos) preload = data.indexOf(PRELOAD, pos);
      const isPreload = preload !== -1 && (script === -1 || preload < script);
      const start = isPreload ? preload : script;
      if (start === -1) {
        const keep = partialTail(data, pos);
        this.pending = Buffer.from(data.subarray(keep));
        out.push(data.subarray(pos, keep));
        return out;
      }
      out.push(data.subarray(pos, start));
      const close = isPreload ? data.indexOf(GT, start) : data.indexOf(CLOSE, start);
      if (close === -1) {
        if (data.length - start > MAX_ELEMENT) out.push(data.subarray(start));
        else this.pending = Buffer.from(data.subarray(start));
        return out;
      }
      const end = close + (isPreload ? 1 : CLOSE.length);
      const element = data.subarray(start, end);
      out.push(...(isPreload ? this.decoratePreload(element) : this.decorate(element, stats)));
      pos = end;
    }
  }

  private decoratePreload(original: Buffer): Buffer[] {
    const text = original.toString("utf8");
    const tag = withoutNonce(text);
    const element = tag === text ? original : Buffer.from(tag);
    if (!PRELOAD_TAG.test(tag)) return [element];
    return [element.subarray(0, "<link".length), SLOT, element.subarray("<link".length)];
  }

  private decorate(original: Buffer, stats: NonceStats): Buffer[] {
    const originalEnd = original.indexOf(GT);
    const originalAttrs = original.toString("utf8", OPEN.length, originalEnd);
    // "<scripts>" or "<script-x>" are other elements.
    if (originalAttrs !== "" && !/^\s/.test(originalAttrs)) return [original];
    const attrs = withoutNonce(originalAttrs);
    const element = attrs === originalAttrs ? original : Buffer.concat([OPEN, Buffer.from(attrs), original.subarray(originalEnd)]);
    const tagEnd = element.indexOf(GT);
    if (DATA_ATTRS.test(attrs)) return [element];
    const body = element.subarray(tagEnd + 1, element.length - CLOSE.length);
    if (!isTrustedScript(attrs, body)) {
      stats.untrusted += 1;
      return [element];
    }
    stats.trusted += 1;
    return [OPEN, SLOT, element.subarray(OPEN.length)];
  }
}

// A nonce already in the markup is not this response's: Next.js writes one only when a request
// names it, and content might carry one. It is removed, and the element judged without it.
const NONCE_ATTR = /\s+nonce(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?(?=[\s/>]|$)/gi;
function withoutNonce(markup: string): string {
  return /nonce/i.test(markup) ? markup.replace(NONCE_ATTR, "") : markup;
}

// How much can be sent now: a trailing "<scr" or "<link rel=" might begin a tag.
function partialTail(data: Buffer, from: number): number {
  for (let n = Math.min(PRELOAD.length - 1, data.length - from); n > 0; n--) {
    const tail = data.subarray(data.length - n);
    if (OPEN.subarray(0, n).equals(tail) || PRELOAD.subarray(0, n).equals(tail)) return data.length - n;
  }
  return data.length;
}
