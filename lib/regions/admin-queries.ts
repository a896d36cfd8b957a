import "server-only";
import { db } from "@/lib/db";
import type { RichText } from "@/lib/rich-text/schema";
import { byLocale, presence } from "@/lib/translations/state";
import { locales, otherLocale, type Locale } from "@/i18n/routing";
import { PAGE_SIZE } from "@/lib/zod/directory";
import type { RegionListQuery } from "@/lib/zod/regions";

// The back office's reads of member regions. There are a few dozen at most, so the list
// is sorted by name in memory, in the back office's language.

export async function listAdminRegions(locale: Locale, query: RegionListQuery) {
  const contains = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  const rows = await db.region.findMany({
    where: contains ? { OR: [{ code: contains }, { slug: contains }, { translations: { some: { name: contains } } }] } : {},
    select: { id: true, code: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  const collator = new Intl.Collator(locale);
  const all = rows
    .map((r) => {
      const t = byLocale(r.translations);
      return { id: r.id, code: r.code, slug: r.slug, name: (t[locale] ?? t[otherLocale(locale)])?.name ?? r.code, locales: presence(r.translations) };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  const pageCount = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return { items: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: all.length, page, pageCount };
}

export async function competencyOptions(locale: Locale) {
  const rows = await db.competency.findMany({
    orderBy: { position: "asc" },
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  return rows.map((c) => {
    const t = byLocale(c.translations);
    return { id: c.id, name: (t[locale] ?? t[otherLocale(locale)])?.name ?? c.slug };
  });
}

export type AdminRegionTranslation = { name: string; capital: string; summary: string; profile: RichText };

export async function getAdminRegion(id: string) {
  const row = await db.region.findUnique({ where: { id }, include: { translations: true, competencies: { select: { id: true } } } });
  if (!row) return null;
  const t = byLocale(row.translations);
  const one = (l: Locale): AdminRegionTranslation | null => {
    const x = t[l];
    return x && { name: x.name, capital: x.capital, summary: x.summary, profile: x.profile as RichText };
  };
  return {
    id: row.id,
    code: row.code,
    slug: row.slug,
    version: row.version,
    competencyIds: row.competencies.map((c) => c.id),
    translations: Object.fromEntries(locales.map((l) => [l, one(l)])) as Record<Locale, AdminRegionTranslation | null>,
  };
}

export type AdminRegion = NonNullable<Awaited<ReturnType<typeof getAdminRegion>>>;
