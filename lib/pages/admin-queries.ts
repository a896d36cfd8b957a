import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { RichText } from "@/lib/rich-text/schema";
import { byLocale, summarize, translationState, type TranslationState } from "@/lib/translations/state";
import { locales, otherLocale, type Locale } from "@/i18n/routing";
import { PAGE_SIZE } from "@/lib/zod/directory";
import type { PageListQuery } from "@/lib/zod/pages";

// The back office's reads of site-map pages: every translation, whatever its status.

function listWhere(query: PageListQuery): Prisma.PageWhereInput {
  const contains = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  return {
    AND: [
      query.section ? { OR: [{ path: `/${query.section}` }, { path: { startsWith: `/${query.section}/` } }] } : {},
      contains ? { OR: [{ path: contains }, { translations: { some: { title: contains } } }] } : {},
    ],
  };
}

export async function listAdminPages(locale: Locale, query: PageListQuery) {
  const where = listWhere(query);
  const total = await db.page.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.page.findMany({
    where,
    orderBy: { path: "asc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, path: true, translations: { select: { locale: true, title: true, status: true, contentUpdatedAt: true } } },
  });
  const items = rows.map((r) => {
    const t = byLocale(r.translations);
    return { id: r.id, path: r.path, title: (t[locale] ?? t[otherLocale(locale)])?.title ?? r.path, locales: summarize(r.translations) };
  });
  return { items, total, page, pageCount };
}

export type AdminPageTranslation = { version: number; title: string; description: string; body: RichText; status: string; state: TranslationState };

export async function getAdminPage(id: string) {
  const row = await db.page.findUnique({ where: { id }, include: { translations: true } });
  if (!row) return null;
  const t = byLocale(row.translations);
  const one = (l: Locale): AdminPageTranslation | null => {
    const x = t[l];
    return (
      x && {
        version: x.version,
        title: x.title,
        description: x.description,
        body: x.body as RichText,
        status: x.status,
        state: translationState(x, t[otherLocale(l)]),
      }
    );
  };
  return { id: row.id, path: row.path, translations: Object.fromEntries(locales.map((l) => [l, one(l)])) as Record<Locale, AdminPageTranslation | null> };
}

export type AdminPage = NonNullable<Awaited<ReturnType<typeof getAdminPage>>>;
