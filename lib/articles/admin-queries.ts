import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { ArticleListQuery } from "@/lib/zod/article-list";
import { translationState, type TranslationState } from "./translation-state";

export const ADMIN_PAGE_SIZE = 25;

export type AdminArticleRow = {
  id: string;
  kind: string;
  updatedAt: Date;
  title: string;
  locales: Record<"ru" | "en", { status: string; translation: TranslationState; title: string } | null>;
};

function where(q: ArticleListQuery): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [];
  if (q.q) and.push({ translations: { some: { title: { contains: q.q, mode: "insensitive" } } } });
  if (q.kind) and.push({ kind: q.kind });
  if (q.status) and.push({ translations: { some: { status: q.status, ...(q.locale ? { locale: q.locale } : {}) } } });
  else if (q.locale) and.push({ translations: { some: { locale: q.locale } } });
  if (q.translation === "missing") and.push({ OR: [{ translations: { none: { locale: "ru" } } }, { translations: { none: { locale: "en" } } }] });
  if (q.mine) and.push({ createdById: q.mine });
  if (q.ids) and.push({ id: { in: q.ids } });
  return { AND: and };
}

export async function listAdminArticles(q: ArticleListQuery): Promise<{ rows: AdminArticleRow[]; total: number; pages: number }> {
  const w = where(q);
  const [total, articles] = await Promise.all([
    db.article.count({ where: w }),
    db.article.findMany({
      where: w,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { id: true, kind: true, updatedAt: true, translations: { select: { locale: true, status: true, title: true, contentUpdatedAt: true } } },
    }),
  ]);
  const rows = articles.map((a) => {
    const ru = a.translations.find((t) => t.locale === "ru");
    const en = a.translations.find((t) => t.locale === "en");
    const side = (self: typeof ru, other: typeof ru) => (self ? { status: self.status, title: self.title, translation: translationState(self, other) } : null);
    return { id: a.id, kind: a.kind, updatedAt: a.updatedAt, title: (ru ?? en)?.title ?? "", locales: { ru: side(ru, en), en: side(en, ru) } };
  });
  return { rows, total, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

// Ids of articles one of whose locales is missing or behind the other.
async function translationWorkIds(limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Article" a
    LEFT JOIN "ArticleTranslation" ru ON ru."articleId" = a.id AND ru.locale = 'ru'
    LEFT JOIN "ArticleTranslation" en ON en."articleId" = a.id AND en.locale = 'en'
    WHERE ru.id IS NULL OR en.id IS NULL OR ru."contentUpdatedAt" <> en."contentUpdatedAt"
    ORDER BY a."updatedAt" DESC LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

export async function listTranslationWork(limit: number): Promise<AdminArticleRow[]> {
  const ids = await translationWorkIds(limit);
  return ids.length ? (await listAdminArticles({ page: 1, ids })).rows : [];
}

export async function listAdminArticlesFiltered(q: ArticleListQuery) {
  if (q.translation !== "outdated") return listAdminArticles(q);
  return listAdminArticles({ ...q, translation: undefined, ids: await translationWorkIds(5_000) });
}
