// A caching reverse proxy keeps one copy of a page for many visitors, so the nonce must be
// drawn by the proxy, per response. When the proxy proves itself with the shared secret
// PROXY_NONCE_PLACEHOLDER (request header X-Nonce-Placeholder), the page carries that secret
// where the nonce goes and the proxy replaces it with its own per-response value
// (deploy/nginx.conf: sub_filter and a map over the policy header). The placeholder must be
// secret: the proxy replaces it wherever it appears, even in text an attacker wrote.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

const HEADER = "x-nonce-placeholder";
const SHAPE = /^[A-Za-z0-9]{24,128}$/;

// Why PROXY_NONCE_PLACEHOLDER cannot be used, or null (server/start/run.ts refuses to start on it).
export function placeholderProblem(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.PROXY_NONCE_PLACEHOLDER?.trim();
  return value && !SHAPE.test(value) ? "PROXY_NONCE_PLACEHOLDER must be 24 to 128 letters and digits (for example: openssl rand -hex 24)." : null;
}

// The configured placeholder, or null when unset or unusable.
export function readPlaceholder(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.PROXY_NONCE_PLACEHOLDER?.trim();
  return value && SHAPE.test(value) ? value : null;
}

// The placeholder when this request comes from the proxy that knows it, else null.
export function placeholderFor(req: IncomingMessage, placeholder: string | null): string | null {
  const sent = req.headers[HEADER];
  if (!placeholder || typeof sent !== "string" || sent.length !== placeholder.length) return null;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(placeholder)) ? placeholder : null;
}

// The header never reaches the application, whatever its value.
export function dropPlaceholderHeader(req: IncomingMessage): void {
  delete req.headers[HEADER];
}
