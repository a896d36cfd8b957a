// Decides whether a script element is one the framework wrote: a bundle under /_next/static/,
// or an inline bootstrap whose only argument is JSON data (see script-nonce.ts).
import { createHash } from "node:crypto";

const BUNDLE_ATTRS = /^\s+src="\/_next\/static\/[\w\-./]+\.js"(?:\s+(?:async|noModule)="")*$/;
// The framework's bootstraps: a call whose only argument must be JSON data.
const INLINE_CALLS = [
  { call: "(self.__next_f=self.__next_f||[]).push(", ends: [")"] },
  { call: "self.__next_f.push(", ends: [")"] },
  { call: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ends: [");", ")"] },
].map(({ call, ends }) => ({ call: Buffer.from(call), ends: ends.map((end) => Buffer.from(end)) }));

function callArgument(body: Buffer): Buffer | null {
  for (const { call, ends } of INLINE_CALLS) {
    if (body.length < call.length || !body.subarray(0, call.length).equals(call)) continue;
    const end = ends.find((e) => body.length >= call.length + e.length && body.subarray(body.length - e.length).equals(e));
    return end ? body.subarray(call.length, body.length - end.length) : null;
  }
  return null;
}

function isJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString("utf8"));
    return true;
  } catch {
    return false;
  }
}

// A cached page sends the same bootstraps on every response, and parsing them was the
// largest cost of serving it. The verdict depends on the bytes alone, so it is kept per
// digest (the bytes themselves as the key would keep whole pages in memory), for the most
// recent MAX_VERDICTS texts. BLAKE2b: collision-resistant, and twice as fast as SHA-256 on
// processors without SHA instructions.
const MAX_VERDICTS = 20_000;
const verdicts = new Map<string, boolean>();

function isJsonCached(bytes: Buffer): boolean {
  const key = createHash("blake2b512").update(bytes).digest("base64");
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = isJson(bytes);
  verdicts.set(key, verdict);
  if (verdicts.size > MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value!);
  return verdict;
}

export function isTrustedScript(attrs: string, body: Buffer): boolean {
  if (/\snonce=/i.test(attrs)) return false;
  if (body.length === 0) return BUNDLE_ATTRS.test(attrs);
  if (attrs !== "" && attrs !== ' id="_R_"') return false;
  const argument = callArgument(body);
  return argument !== null && isJsonCached(argument);
}
