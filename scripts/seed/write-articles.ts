import { ContentError } from "./content-error.ts";
import type { Content } from "./load.ts";
import { imageIdFor } from "./write-media.ts";
import { sync, type Summary, type Tx } from "./sync.ts";

const kinds = { news: "news", "press-release": "press_release", event: "event", interview: "interview" } as const;

export async function writeArticles(tx: Tx, c: Content, summary: Summary) {
  for (const a of c.articles) {
    const publishedAt = new Date(a.meta.publishedAt);
    const author = a.meta.author;
    const rows = Object.entries(a.texts).map(([locale, t]) => ({
      locale: locale as "ru" | "en",
      slug: t.data.slug,
      title: t.data.title,
      lead: t.data.lead,
      seoDescription: t.data.description ?? "",
      body: t.body,
      author: typeof author === "string" ? author : (author?.[locale as "ru" | "en"] ?? ""),
      status: "published" as const,
      publishedAt,
      contentUpdatedAt: publishedAt,
      updates: { create: t.data.updates.map((u) => ({ at: new Date(u.at), note: u.note })) },
    }));
    const photos = new Set(c.media.albums.flatMap((album) => album.items.flatMap((item) => (item.type === "photo" ? [item.source] : []))));
    if (a.coverSource && !photos.has(a.coverSource)) throw new ContentError(`news/${a.id}/article.json`, "cover", "must be a photo listed in a gallery album");
    const coverId = a.coverSource ? imageIdFor(a.coverSource) : null;
    const data = { kind: kinds[a.meta.kind], sourceName: a.meta.source?.name ?? null, sourceUrl: a.meta.source?.url ?? null, createdAt: publishedAt, coverId };
    const regions = a.meta.regions.map((code) => ({ code }));
    await sync(
      summary,
      `article ${a.id}`,
      await tx.article.findUnique({ where: { id: a.id } }),
      () => tx.article.create({ data: { id: a.id, ...data, regions: { connect: regions }, translations: { create: rows } } }),
      (row) => tx.article.update({ where: { id: row.id }, data: { ...data, regions: { set: regions }, translations: { deleteMany: {}, create: rows } } }),
    );
    for (const [locale, t] of Object.entries(a.texts)) {
      for (const fromSlug of t.data.previousSlugs) {
        const key = { entityType: "article" as const, locale: locale as "ru" | "en", fromSlug };
        await tx.slugRedirect.upsert({ where: { entityType_locale_fromSlug: key }, create: { ...key, entityId: a.id }, update: {} });
      }
    }
  }
}

export async function writeRatings(tx: Tx, c: Content, summary: Summary, now: Date) {
  const regionIds = new Map((await tx.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  for (const r of c.ratings) {
    const rows = (["ru", "en"] as const).map((locale) => ({ locale, title: r.title[locale], description: r.description[locale] }));
    await sync(
      summary,
      `rating ${r.key}`,
      await tx.ratingProgram.findUnique({ where: { key: r.key } }),
      () => tx.ratingProgram.create({ data: { key: r.key, isDemo: r.demo, translations: { create: rows } } }),
      (row) => tx.ratingProgram.update({ where: { id: row.id }, data: { isDemo: r.demo, translations: { deleteMany: {}, create: rows } } }),
    );
    const program = await tx.ratingProgram.findUniqueOrThrow({ where: { key: r.key } });
    for (const e of r.editions) {
      const entries = e.entries.map((x) => ({ regionId: regionIds.get(x.region)!, rank: x.rank, score: x.score }));
      const where = { programId_year: { programId: program.id, year: e.year } };
      await sync(
        summary,
        `rating ${r.key} ${e.year}`,
        await tx.ratingEdition.findUnique({ where }),
        () =>
          tx.ratingEdition.create({
            data: { programId: program.id, year: e.year, isDemo: r.demo, status: "published", publishedAt: now, entries: { create: entries } },
          }),
        (row) => tx.ratingEdition.update({ where: { id: row.id }, data: { isDemo: r.demo, entries: { deleteMany: {}, create: entries } } }),
      );
    }
  }
}
