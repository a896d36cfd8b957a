import pg from "pg";
import { expect, vi } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import type { ReadTargets } from "./public-reads";

export const secrets = { hash: "", token: "session-token-not-for-export", verification: "verification-value-not-for-export" };

// Every row of every table, read with plain SQL (generated search vectors included), in a fixed order.
export async function dump(url: string): Promise<Record<string, unknown[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`,
    );
    const out: Record<string, unknown[]> = {};
    for (const { name } of rows) out[name] = (await client.query(`SELECT * FROM "${name}" t ORDER BY t::text COLLATE "C"`)).rows;
    return out;
  } finally {
    await client.end();
  }
}

// Edits through the back office's own functions: a user, a renamed published article
// (revision, audit entry, slug redirect), plus the secrets that must stay behind.
export async function editThroughLib(url: string): Promise<ReadTargets> {
  vi.stubEnv("DATABASE_URL", url);
  (globalThis as { prisma?: unknown }).prisma = undefined;
  const [users, articles, { db }] = await Promise.all([import("@/lib/users/mutations"), import("@/lib/articles/mutations"), import("@/lib/db")]);
  const prisma = createPrisma(url);
  try {
    const admin = await prisma.user.create({ data: { name: "Анна Админова", email: "admin@example.org", role: "admin" } });
    const created = await users.createUser(
      { id: admin.id },
      { name: "Елена Редакторова", email: "editor@example.org", role: "editor", password: "correct horse battery", passwordConfirm: "correct horse battery" },
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const t = await prisma.articleTranslation.findFirstOrThrow({ where: { locale: "en", slug: "perm-technology-agency-meeting" } });
    const saved = await articles.saveArticleText(
      { id: created.id, role: "editor" },
      {
        articleId: t.articleId,
        locale: "en",
        version: t.version,
        title: `${t.title} (updated)`,
        slug: "perm-technology-agency-meeting-2",
        lead: t.lead,
        body: t.body as never,
        author: t.author,
        seoDescription: t.seoDescription,
      },
    );
    expect(saved.ok).toBe(true);
    secrets.hash = (await prisma.account.findFirstOrThrow({ where: { userId: created.id } })).password!;
    await prisma.session.create({ data: { token: secrets.token, userId: created.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    await prisma.verification.create({ data: { identifier: "x", value: secrets.verification, expiresAt: new Date() } });
    await prisma.signInAttempt.create({ data: { email: "editor@example.org", ipAddress: "192.0.2.1", succeeded: false } });
    const published = await prisma.articleTranslation.findMany({ where: { status: { in: ["published", "withdrawn"] } }, select: { slug: true } });
    const paths = await prisma.page.findMany({ select: { path: true }, orderBy: { path: "asc" } });
    return { articleSlugs: [...published.map((p) => p.slug).sort(), "perm-technology-agency-meeting", "no-such-article"], pagePaths: paths.map((p) => p.path) };
  } finally {
    await prisma.$disconnect();
    await db.$disconnect();
    vi.unstubAllEnvs();
  }
}
