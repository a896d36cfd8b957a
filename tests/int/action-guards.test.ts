import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../support/test-db";

// Every server action of the back office, called anonymously and with a role that lacks
// its permission, must refuse before touching anything. The list of actions is read from
// lib/actions, so a new action without a guard fails here.
type Role = "admin" | "editor" | "author";
const who: { user: { id: string; name: string; email: string; role: Role; sessionId: string } | null } = { user: null };

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => who.user));

// Authors write drafts and upload media; everything else is refused to them.
const authorMay = new Set(["articles.createArticleAction", "articles.saveArticleTextAction", "articles.saveArticleSharedAction"]);
// Sign-in, sign-out and the interface language are for everyone; so are the visitors' e-mail
// alerts, authorized by the subscriber's token (tests/int/alerts.test.ts).
const publicModules = new Set(["auth", "form-state", "guard", "alerts"]);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
const actions: { name: string; fn: (...args: unknown[]) => Promise<unknown> }[] = [];

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  const out: Record<string, number> = {};
  for (const { t } of tables.rows) out[t] = Number((await client.query(`SELECT count(*) FROM "${t}"`)).rows[0].count);
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const dir = path.resolve("lib/actions");
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const mod = path.basename(file, ".ts");
    if (publicModules.has(mod)) continue;
    const exports = await import(path.join(dir, file));
    for (const [name, fn] of Object.entries(exports)) if (typeof fn === "function") actions.push({ name: `${mod}.${name}`, fn: fn as never });
  }
}, 120_000);

afterAll(async () => {
  await client.end();
  await db.drop();
});

const call = async (fn: (...args: unknown[]) => Promise<unknown>) => {
  const form = new FormData();
  form.set("id", "x");
  return fn({}, form);
};

describe("server actions", () => {
  it("are found in lib/actions", () => {
    expect(actions.length).toBeGreaterThan(20);
  });

  it("refuse an anonymous caller and change nothing", async () => {
    who.user = null;
    const before = await tableCounts();
    for (const { name, fn } of actions) expect(await call(fn), name).toMatchObject({ error: "auth.signedOut" });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuse an author everything but drafts and uploads, and change nothing", async () => {
    who.user = { id: "author-1", name: "Author", email: "author@example.org", role: "author", sessionId: "s" };
    const before = await tableCounts();
    for (const { name, fn } of actions) {
      const result = (await call(fn)) as { error?: string };
      if (authorMay.has(name) || name.startsWith("media.")) expect(result?.error, name).not.toBe("auth.forbidden");
      else expect(result, name).toMatchObject({ error: "auth.forbidden" });
    }
    expect(await tableCounts()).toEqual(before);
  });
});
