import type { ByteRange } from "./storage-interface";

// One byte range of an HTTP Range header (RFC 9110 §14), which is what browsers send when a
// video seeks: "bytes=500-999", "bytes=500-" (to the end) or "bytes=-500" (the last 500).
// Several ranges, other units or a malformed header get the whole object (null), as the RFC
// allows; a range starting past the end cannot be satisfied.
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [first, last] = [match[1]!, match[2]!];
  if (first === "") {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size) return "unsatisfiable";
  return end < start ? null : { start, end };
}
