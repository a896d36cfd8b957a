import "server-only";
import type { ContentType } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { otherLocale, type Locale } from "@/i18n/routing";

type Named = { id: string; locale: string | null; title: string };

// Translation tables share one shape: the record's key, a locale and a name or title.
type TranslationModel =
  | "articleTranslation"
  | "pageTranslation"
  | "regionTranslation"
  | "personTranslation"
  | "practiceTranslation"
  | "documentTranslation"
  | "galleryAlbumTranslation"
  | "contactTranslation";
type Finder = { findMany(args: object): Promise<Record<string, string>[]> };

const translated =
  (model: TranslationModel, key: string, field: "title" | "name") =>
  async (ids: string[]): Promise<Named[]> => {
    const rows = await (db[model] as unknown as Finder).findMany({ where: { [key]: { in: ids } }, select: { [key]: true, locale: true, [field]: true } });
    return rows.map((row) => ({ id: row[key]!, locale: row.locale!, title: row[field]! }));
  };

// What each kind of record is called, read for one page of the log at a time (one query per kind).
const loaders: Partial<Record<ContentType, (ids: string[]) => Promise<Named[]>>> = {
  article: translated("articleTranslation", "articleId", "title"),
  page: translated("pageTranslation", "pageId", "title"),
  region: translated("regionTranslation", "regionId", "name"),
  person: translated("personTranslation", "personId", "name"),
  practice: translated("practiceTranslation", "practiceId", "title"),
  document: translated("documentTranslation", "documentId", "title"),
  gallery_album: translated("galleryAlbumTranslation", "albumId", "title"),
  contact: translated("contactTranslation", "contactId", "name"),
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
    const type = entityType as ContentType;
    if (!entityId || !loaders[type]) continue;
    wanted.set(type, (wanted.get(type) ?? new Set()).add(entityId));
  }
  const titles = new Map<string, string>();
  for (const [type, ids] of wanted) {
    const named = (await loaders[type]!([...ids])).sort((a, b) => rank(a.locale, locale) - rank(b.locale, locale));
    for (const n of named) if (n.title && !titles.has(`${type}:${n.id}`)) titles.set(`${type}:${n.id}`, n.title);
  }
  return titles;
}
