import "server-only";

// The address a request came from. The server (server/http) appends the socket's peer to
// X-Forwarded-For, so its last entry cannot be forged by the client; TRUST_PROXY_HOPS counts the reverse
// proxies of our own (e.g. nginx) whose entries come after the visitor's.
export function clientIp(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Math.max(0, Number(process.env.TRUST_PROXY_HOPS ?? 0) || 0);
  return chain[chain.length - 1 - hops] ?? chain[0] ?? "unknown";
}
