// Gives a per-response nonce to the scripts Next.js itself writes into HTML, so that pages can
// stay prerendered and cached while the Content-Security-Policy still changes on every response.
// Only known shapes get the nonce: bundle files under /_next/static/ and the framework's inline
// bootstraps whose argument is plain JSON data. Anything else (an injected <script>, an unknown
// inline script) is left without a nonce, so the browser refuses to run it.
import { createHash } from "node:crypto";
import { StringDecoder } from "node:string_decoder";

const OPEN = "<script";
const CLOSE = "</script>";
// Next.js preloads its late chunks; under 'strict-dynamic' a preload needs the nonce too.
const PRELOAD = '<link rel="preload" as="script"';
const PRELOAD_TAG = /^<link rel="preload" as="script"(?: fetchPriority="\w+")? href="\/_next\/static\/[\w\-./]+\.js"\/?>$/;
// An element larger than this is not one of ours; it is passed on untouched.
const MAX_ELEMENT = 4 * 1024 * 1024;

const BUNDLE_ATTRS = /^\s+src="\/_next\/static\/[\w\-./]+\.js"(?:\s+(?:async|noModule)="")*$/;
const DATA_ATTRS = /\stype="application\/(?:ld\+)?json"/;
const INLINE_CALLS: RegExp[] = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\((.*)\)$/s,
  /^self\.__next_f\.push\((.*)\)$/s,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((.*)\);?$/s,
];

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// A cached page sends the same bootstraps on every response, and parsing them was the
// largest cost of serving it. The verdict depends on the text alone, so it is kept per
// digest of the text (a slice of the page as the key would keep the whole page in memory),
// for the most recent MAX_VERDICTS texts.
const MAX_VERDICTS = 20_000;
const verdicts = new Map<string, boolean>();

function isJsonCached(text: string): boolean {
  const key = createHash("sha256").update(text).digest("base64");
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = isJson(text);
  verdicts.set(key, verdict);
  if (verdicts.size > MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value!);
  return verdict;
}

export function isTrustedScript(attrs: string, body: string): boolean {
  if (/\snonce=/i.test(attrs)) return false;
  if (body === "") return BUNDLE_ATTRS.test(attrs);
  if (attrs !== "" && attrs !== ' id="_R_"') return false;
  return INLINE_CALLS.some((pattern) => {
    const match = pattern.exec(body);
    return match?.[1] !== undefined && isJsonCached(match[1]);
  });
}

export type NonceStats = { trusted: number; untrusted: number };

// Streaming: an element split across chunks is held back until its closing tag arrives.
export class ScriptNonceInjector {
  private pending = "";
  private readonly decoder = new StringDecoder("utf8");
  readonly stats: NonceStats = { trusted: 0, untrusted: 0 };

  constructor(private readonly nonce: string) {}

  push(chunk: Buffer | string): string {
    const text = this.pending + (typeof chunk === "string" ? chunk : this.decoder.write(chunk));
    this.pending = "";
    return this.scan(text);
  }

  flush(): string {
    const rest = this.pending + this.decoder.end();
    this.pending = "";
    return rest;
  }

  private scan(text: string): string {
    let out = "";
    let pos = 0;
    for (;;) {
      const script = text.indexOf(OPEN, pos);
      const preload = text.indexOf(PRELOAD, pos);
      const isPreload = preload !== -1 && (script === -1 || preload < script);
      const start = isPreload ? preload : script;
      if (start === -1) {
        const keep = partialTail(text, pos);
        this.pending = text.slice(keep);
        return out + text.slice(pos, keep);
      }
      out += text.slice(pos, start);
      const close = text.indexOf(isPreload ? ">" : CLOSE, start);
      if (close === -1) {
        if (text.length - start > MAX_ELEMENT) return out + text.slice(start);
        this.pending = text.slice(start);
        return out;
      }
      const end = close + (isPreload ? 1 : CLOSE.length);
      const element = text.slice(start, end);
      out += isPreload ? this.decoratePreload(element) : this.decorate(element);
      pos = end;
    }
  }

  private decoratePreload(element: string): string {
    return PRELOAD_TAG.test(element) ? `<link nonce="${this.nonce}"${element.slice("<link".length)}` : element;
  }

  private decorate(element: string): string {
    const tagEnd = element.indexOf(">");
    const attrs = element.slice(OPEN.length, tagEnd);
    // "<scripts>" or "<script-x>" are other elements.
    if (attrs !== "" && !/^\s/.test(attrs)) return element;
    if (DATA_ATTRS.test(attrs)) return element;
    const body = element.slice(tagEnd + 1, element.length - CLOSE.length);
    if (!isTrustedScript(attrs, body)) {
      this.stats.untrusted += 1;
      return element;
    }
    this.stats.trusted += 1;
    return `${OPEN} nonce="${this.nonce}"${element.slice(OPEN.length)}`;
  }
}

// How much of the text can be sent now: a trailing "<scr" or "<link rel=" might begin a tag.
function partialTail(text: string, from: number): number {
  for (let n = Math.min(PRELOAD.length - 1, text.length - from); n > 0; n--) {
    const tail = text.slice(text.length - n);
    if (OPEN.startsWith(tail) || PRELOAD.startsWith(tail)) return text.length - n;
  }
  return text.length;
}
