import "server-only";
import type { ContentType } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { otherLocale, type Locale } from "@/i18n/routing";

type Named = { id: string; locale: string | null; title: string };

const byLocale = <T extends { locale: string }>(rows: T[], id: (row: T) => string, title: (row: T) => string): Named[] =>
  rows.map((row) => ({ id: id(row), locale: row.locale, title: title(row) }));

// What each kind of record is called, read for one page of the log at a time (one query per kind).
const loaders: Partial<Record<ContentType, (ids: string[]) => Promise<Named[]>>> = {
  article: async (ids) =>
    byLocale(
      await db.articleTranslation.findMany({ where: { articleId: { in: ids } }, select: { articleId: true, locale: true, title: true } }),
      (r) => r.articleId,
      (r) => r.title,
    ),
  page: async (ids) =>
    byLocale(
      await db.pageTranslation.findMany({ where: { pageId: { in: ids } }, select: { pageId: true, locale: true, title: true } }),
      (r) => r.pageId,
      (r) => r.title,
    ),
  region: async (ids) =>
    byLocale(
      await db.regionTranslation.findMany({ where: { regionId: { in: ids } }, select: { regionId: true, locale: true, name: true } }),
      (r) => r.regionId,
      (r) => r.name,
    ),
  person: async (ids) =>
    byLocale(
      await db.personTranslation.findMany({ where: { personId: { in: ids } }, select: { personId: true, locale: true, name: true } }),
      (r) => r.personId,
      (r) => r.name,
    ),
  practice: async (ids) =>
    byLocale(
      await db.practiceTranslation.findMany({ where: { practiceId: { in: ids } }, select: { practiceId: true, locale: true, title: true } }),
      (r) => r.practiceId,
      (r) => r.title,
    ),
  document: async (ids) =>
    byLocale(
      await db.documentTranslation.findMany({ where: { documentId: { in: ids } }, select: { documentId: true, locale: true, title: true } }),
      (r) => r.documentId,
      (r) => r.title,
    ),
  gallery_album: async (ids) =>
    byLocale(
      await db.galleryAlbumTranslation.findMany({ where: { albumId: { in: ids } }, select: { albumId: true, locale: true, title: true } }),
      (r) => r.albumId,
      (r) => r.title,
    ),
  contact: async (ids) =>
    byLocale(
      await db.contactTranslation.findMany({ where: { contactId: { in: ids } }, select: { contactId: true, locale: true, name: true } }),
      (r) => r.contactId,
      (r) => r.name,
    ),
  media: async (ids) =>
    (await db.media.findMany({ where: { id: { in: ids } }, select: { id: true, originalName: true } })).map((m) => ({
      id: m.id,
      locale: null,
      title: m.originalName ?? m.id,
    })),
  user: async (ids) =>
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => ({ id: u.id, locale: null, title: u.name })),
  rating_edition: async (ids) =>
    (
      await db.ratingEdition.findMany({
        where: { id: { in: ids } },
        select: { id: true, year: true, program: { select: { key: true, translations: { select: { locale: true, title: true } } } } },
      })
    ).flatMap((e) => [
      ...e.program.translations.map((t) => ({ id: e.id, locale: t.locale, title: `${t.title}, ${e.year}` })),
      { id: e.id, locale: null, title: `${e.program.key}, ${e.year}` },
    ]),
};

const rank = (locale: string | null, wanted: Locale) => (locale === wanted ? 0 : locale === otherLocale(wanted) ? 1 : 2);

// The titles of the records a page of the log names, in the back office's language where
// there is one ("type:id" → title). A deleted record has none and shows by its id.
export async function recordTitles(entries: { entityType: string | null; entityId: string | null }[], locale: Locale): Promise<Map<string, string>> {
  const wanted = new Map<ContentType, Set<string>>();
  for (const { entityType, entityId } of entries) {
    if (!entityType || !entityId || !loaders[entityType as ContentType]) continue;
    (wanted.get(entityType as ContentType) ?? wanted.set(entityType as ContentType, new Set()).get(entityType as ContentType)!).add(entityId);
  }
  const titles = new Map<string, string>();
  for (const [type, ids] of wanted) {
    const named = (await loaders[type]!([...ids])).sort((a, b) => rank(a.locale, locale) - rank(b.locale, locale));
    for (const n of named) if (n.title && !titles.has(`${type}:${n.id}`)) titles.set(`${type}:${n.id}`, n.title);
  }
  return titles;
}
