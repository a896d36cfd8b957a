import type { Content } from "./load.ts";
import { perLocale, sync, type Summary, type Tx } from "./sync.ts";

export async function writeTopics(tx: Tx, c: Content, summary: Summary) {
  for (const topic of c.topics) {
    const rows = perLocale((locale) => ({ locale, name: topic.name[locale] }));
    await sync(
      summary,
      `topic ${topic.slug}`,
      await tx.topic.findUnique({ where: { slug: topic.slug } }),
      () => tx.topic.create({ data: { slug: topic.slug, translations: { create: rows } } }),
      (row) => tx.topic.update({ where: { id: row.id }, data: { translations: { deleteMany: {}, create: rows } } }),
    );
  }
}

export async function writePractices(tx: Tx, c: Content, summary: Summary) {
  for (const p of c.practices) {
    const publishedAt = new Date(p.meta.publishedAt);
    const rows = Object.entries(p.texts).map(([locale, t]) => ({
      locale: locale as "ru" | "en",
      slug: t.data.slug,
      title: t.data.title,
      summary: t.data.summary,
      body: t.body,
      status: "published" as const,
      publishedAt,
      contentUpdatedAt: publishedAt,
    }));
    const region = { connect: { code: p.meta.region } };
    const topics = p.meta.topics.map((slug) => ({ slug }));
    await sync(
      summary,
      `practice ${p.id}`,
      await tx.practice.findUnique({ where: { id: p.id } }),
      () => tx.practice.create({ data: { id: p.id, createdAt: publishedAt, region, topics: { connect: topics }, translations: { create: rows } } }),
      (row) => tx.practice.update({ where: { id: row.id }, data: { region, topics: { set: topics }, translations: { deleteMany: {}, create: rows } } }),
    );
  }
}
