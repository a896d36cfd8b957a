import "server-only";
import type { ContentType } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";

// Where a slug that is not a published item of this locale leads, for items with a slug per
// locale (practices, albums): an old slug of this locale (moved), the other locale's slug of an
// item published here too (translated), or of one published there only (missing: an honest
// page that links to the original). null: nothing by that slug.
export type Elsewhere =
  { type: "moved"; slug: string } | { type: "translated"; slug: string } | { type: "missing"; locale: Locale; slug: string; title: string };

type Translation = { status: string; slug: string };
export type TranslationFinders = {
  // This locale's translation of the item.
  own(entityId: string, locale: Locale): Promise<Translation | null>;
  // A published translation in another locale under this slug.
  other(slug: string, locale: Locale): Promise<{ entityId: string; locale: Locale; title: string } | null>;
};

export async function resolveElsewhere(entityType: ContentType, locale: Locale, slug: string, find: TranslationFinders): Promise<Elsewhere | null> {
  const moved = await db.slugRedirect.findUnique({ where: { entityType_locale_fromSlug: { entityType, locale, fromSlug: slug } } });
  if (moved) {
    const current = await find.own(moved.entityId, locale);
    if (current?.status === "published" && current.slug !== slug) return { type: "moved", slug: current.slug };
  }
  const other = await find.other(slug, locale);
  if (!other) return null;
  const here = await find.own(other.entityId, locale);
  return here?.status === "published" ? { type: "translated", slug: here.slug } : { type: "missing", locale: other.locale, slug, title: other.title };
}
