// Reaching the database named by DATABASE_URL, and saying in one sentence why it cannot be
// reached: PostgreSQL's own message is kept, and only a server that is not up yet is waited for.
import pg from "pg";
import { StartupError } from "../startup-error.mjs";

/** @returns {URL} */
export function parseDatabaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new StartupError("DATABASE_URL is not a valid URL; expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE.");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new StartupError(`DATABASE_URL must start with postgresql:// (it starts with ${url.protocol}//).`);
  }
  if (!url.hostname || url.pathname.length < 2) {
    throw new StartupError("DATABASE_URL must name a host and a database: postgresql://USER:PASSWORD@HOST:PORT/DATABASE.");
  }
  return url;
}

// Worth waiting for: nothing listens yet, or the server is still starting or recovering.
const TRANSIENT = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "57P03", "53300"]);

export function isTransient(error) {
  return TRANSIENT.has(error?.code) || /timeout|terminated unexpectedly/i.test(String(error?.message));
}

/** One sentence naming why the database at `url` cannot be used. */
export function connectionProblem(error, rawUrl) {
  const url = new URL(rawUrl);
  const where = `${url.hostname}:${url.port || 5432}`;
  const user = decodeURIComponent(url.username || "postgres");
  const database = decodeURIComponent(url.pathname.slice(1));
  const said = error?.message ? ` (PostgreSQL: "${error.message}")` : "";
  switch (error?.code) {
    case "28P01":
      return `The PostgreSQL server at ${where} refused the password for user "${user}"; check the password in DATABASE_URL${said}.`;
    case "28000":
      return `The PostgreSQL server at ${where} does not let user "${user}" connect to "${database}"; check the user in DATABASE_URL and the server's pg_hba.conf${said}.`;
    case "3D000":
      return `The PostgreSQL server at ${where} has no database "${database}"; create it (createdb ${database}) or fix its name in DATABASE_URL${said}.`;
    case "ECONNREFUSED":
      return `Nothing accepts connections at ${where} named by DATABASE_URL; check the host and port, and that PostgreSQL runs.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `The host "${url.hostname}" named by DATABASE_URL is not known; check its spelling.`;
    default:
      return isTransient(error)
        ? `The PostgreSQL server at ${where} named by DATABASE_URL did not answer in time${said}.`
        : `Cannot use the PostgreSQL server at ${where} named by DATABASE_URL${said}.`;
  }
}

/** The error of one attempt to connect, or null when the database answers. */
export async function firstConnectError(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Resolves once the database answers; a refusal that waiting cannot cure fails at once. */
export async function waitForDatabase(url, { timeoutMs, giveUp } = { timeoutMs: 10_000 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const error = await firstConnectError(url);
    if (!error) return;
    if (!isTransient(error) || Date.now() >= deadline || giveUp?.()) throw new StartupError(connectionProblem(error, url));
    await new Promise((r) => setTimeout(r, 200));
  }
}
