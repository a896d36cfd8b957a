import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { mediaFieldValue } from "@/lib/media/admin-queries";
import type { RichText } from "@/lib/rich-text/schema";
import { byLocale, summarize, translationState, type TranslationState } from "@/lib/translations/state";
import { locales, otherLocale, type Locale } from "@/i18n/routing";
import { PAGE_SIZE } from "@/lib/zod/directory";
import type { PracticeListQuery } from "@/lib/zod/practices";

// The back office's reads of best practices: every translation, whatever its status.

type Named = { translations: { locale: string; name: string }[] };
const nameIn = (row: Named, locale: Locale, fallback: string) => {
  const t = byLocale(row.translations);
  return (t[locale] ?? t[otherLocale(locale)])?.name ?? fallback;
};

function listWhere(query: PracticeListQuery): Prisma.PracticeWhereInput {
  const contains = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  return {
    region: query.region ? { slug: query.region } : undefined,
    topics: query.topic ? { some: { slug: query.topic } } : undefined,
    translations: contains ? { some: { OR: [{ title: contains }, { slug: contains }] } } : undefined,
  };
}

export async function listAdminPractices(locale: Locale, query: PracticeListQuery) {
  const where = listWhere(query);
  const total = await db.practice.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.practice.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      region: { select: { code: true, translations: { select: { locale: true, name: true } } } },
      translations: { select: { locale: true, title: true, status: true, contentUpdatedAt: true } },
    },
  });
  const items = rows.map((r) => {
    const t = byLocale(r.translations);
    return {
      id: r.id,
      title: (t[locale] ?? t[otherLocale(locale)])?.title ?? null,
      region: nameIn(r.region, locale, r.region.code),
      locales: summarize(r.translations),
    };
  });
  return { items, total, page, pageCount };
}

// Regions and topics by name in the back office's language, for filters and the editor.
export async function practiceOptions(locale: Locale) {
  const [regions, topics] = await Promise.all([
    db.region.findMany({ select: { id: true, slug: true, code: true, translations: { select: { locale: true, name: true } } } }),
    db.topic.findMany({ select: { id: true, slug: true, translations: { select: { locale: true, name: true } } } }),
  ]);
  const collator = new Intl.Collator(locale);
  const sorted = <T extends { name: string }>(list: T[]) => list.sort((a, b) => collator.compare(a.name, b.name));
  return {
    regions: sorted(regions.map((r) => ({ id: r.id, slug: r.slug, name: nameIn(r, locale, r.code) }))),
    topics: sorted(topics.map((x) => ({ id: x.id, slug: x.slug, name: nameIn(x, locale, x.slug) }))),
  };
}

export type PracticeOptions = Awaited<ReturnType<typeof practiceOptions>>;
export type AdminPracticeTranslation = {
  version: number;
  slug: string;
  title: string;
  summary: string;
  body: RichText;
  status: string;
  state: TranslationState;
};

export async function getAdminPractice(id: string) {
  const row = await db.practice.findUnique({ where: { id }, include: { translations: true, topics: { select: { id: true } } } });
  if (!row) return null;
  const t = byLocale(row.translations);
  const one = (l: Locale): AdminPracticeTranslation | null => {
    const x = t[l];
    return (
      x && {
        version: x.version,
        slug: x.slug,
        title: x.title,
        summary: x.summary,
        body: x.body as RichText,
        status: x.status,
        state: translationState(x, t[otherLocale(l)]),
      }
    );
  };
  return {
    id: row.id,
    version: row.version,
    regionId: row.regionId,
    topicIds: row.topics.map((x) => x.id),
    cover: await mediaFieldValue(row.coverId),
    translations: Object.fromEntries(locales.map((l) => [l, one(l)])) as Record<Locale, AdminPracticeTranslation | null>,
  };
}

export type AdminPractice = NonNullable<Awaited<ReturnType<typeof getAdminPractice>>>;
