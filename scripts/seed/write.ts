import type { PrismaClient } from "../../generated/prisma/client.ts";
import { flattenSiteMap } from "../../lib/site-map.ts";
import { writeArticles, writeRatings } from "./write-articles.ts";
import { writePractices, writeTopics } from "./write-practices.ts";
import { storeMediaFiles, writeMedia } from "./write-media.ts";
import type { Content } from "./load.ts";
import { perLocale, sync, type Summary, type Tx } from "./sync.ts";

async function writeCompetencies(tx: Tx, c: Content, summary: Summary) {
  for (const [position, item] of c.competencies.entries()) {
    const rows = perLocale((locale) => ({ locale, name: item.name[locale] }));
    await sync(
      summary,
      `competency ${item.slug}`,
      await tx.competency.findUnique({ where: { slug: item.slug } }),
      () => tx.competency.create({ data: { slug: item.slug, position, translations: { create: rows } } }),
      (row) => tx.competency.update({ where: { id: row.id }, data: { position, translations: { deleteMany: {}, create: rows } } }),
    );
  }
}

async function writeRegions(tx: Tx, c: Content, summary: Summary) {
  for (const r of c.regions) {
    const rows = perLocale((locale) => ({ locale, name: r.name[locale], capital: r.capital[locale], summary: r.summary[locale], profile: r.profile[locale] }));
    const competencies = { set: r.competencies.map((slug) => ({ slug })) };
    await sync(
      summary,
      `region ${r.code}`,
      await tx.region.findUnique({ where: { code: r.code } }),
      () => tx.region.create({ data: { code: r.code, slug: r.slug, translations: { create: rows }, competencies: { connect: competencies.set } } }),
      (row) => tx.region.update({ where: { id: row.id }, data: { slug: r.slug, competencies, translations: { deleteMany: {}, create: rows } } }),
    );
  }
}

async function writePages(tx: Tx, c: Content, summary: Summary, now: Date) {
  const ids = new Map<string, string>();
  for (const node of flattenSiteMap()) {
    const parentId = node.parent ? ids.get(node.parent)! : null;
    const rows = c.pages
      .filter((p) => p.path === node.path)
      .map((p) => ({ locale: p.locale, title: p.title, description: p.description, body: p.body, status: "published" as const, publishedAt: now }));
    const existing = await tx.page.findUnique({ where: { path: node.path } });
    await sync(
      summary,
      `page ${node.path}`,
      existing,
      () => tx.page.create({ data: { path: node.path, parentId, position: node.position, translations: { create: rows } } }),
      (row) => tx.page.update({ where: { id: row.id }, data: { parentId, position: node.position, translations: { deleteMany: {}, create: rows } } }),
    );
    ids.set(node.path, (await tx.page.findUniqueOrThrow({ where: { path: node.path } })).id);
  }
}

async function writePeople(tx: Tx, c: Content, summary: Summary) {
  for (const p of c.people) {
    const rows = perLocale((locale) => ({ locale, name: p.name[locale], position: p.position[locale] }));
    const memberships = p.boards.map((b) => ({ board: b.replace("-", "_") as "directorate" | "council" | "supervisory_board", position: p.order }));
    await sync(
      summary,
      `person ${p.id}`,
      await tx.person.findUnique({ where: { id: p.id } }),
      () => tx.person.create({ data: { id: p.id, translations: { create: rows }, memberships: { create: memberships } } }),
      (row) =>
        tx.person.update({
          where: { id: row.id },
          data: { translations: { deleteMany: {}, create: rows }, memberships: { deleteMany: {}, create: memberships } },
        }),
    );
  }
}

async function writeContacts(tx: Tx, c: Content, summary: Summary) {
  for (const [position, item] of c.contacts.entries()) {
    const rows = perLocale((locale) => ({ locale, name: item.name[locale], address: item.address[locale] }));
    const data = { kind: item.kind, email: item.email, phone: item.phone, position };
    await sync(
      summary,
      `contact ${item.id}`,
      await tx.contact.findUnique({ where: { id: item.id } }),
      () => tx.contact.create({ data: { id: item.id, ...data, translations: { create: rows } } }),
      (row) => tx.contact.update({ where: { id: row.id }, data: { ...data, translations: { deleteMany: {}, create: rows } } }),
    );
  }
}

// One transaction: a failure half-way leaves the database exactly as it was (media files
// are stored before it, see write-media.ts).
export async function writeContent(prisma: PrismaClient, content: Content, now = new Date()): Promise<Summary> {
  const summary: Summary = { written: 0, kept: [] };
  const media = await storeMediaFiles(prisma, content);
  await prisma.$transaction(
    async (tx) => {
      await writeCompetencies(tx, content, summary);
      await writeRegions(tx, content, summary);
      await writePages(tx, content, summary, now);
      await writePeople(tx, content, summary);
      await writeContacts(tx, content, summary);
      // Media first: article covers refer to gallery photos.
      await writeMedia(tx, content, media, summary);
      await writeArticles(tx, content, summary);
      await writeRatings(tx, content, summary, now);
      await writeTopics(tx, content, summary);
      await writePractices(tx, content, summary);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  return summary;
}
