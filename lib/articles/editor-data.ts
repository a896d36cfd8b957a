import "server-only";
import type { ArticleTranslation } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { diffSnapshots, type FieldDiff } from "@/lib/history/diff";
import { mediaFieldValue, type MediaFieldValue } from "@/lib/media/admin-queries";
import { mediaUrl, pickVariant, imageVariants } from "@/lib/media/variants";
import { bodyMediaIds } from "@/lib/rich-text/media-ids";
import { withMediaPreviews } from "@/lib/rich-text/normalize";
import type { RichText } from "@/lib/rich-text/schema";
import { textFields, translationSnapshot } from "./snapshot";
import { translationState, type TranslationState } from "./translation-state";

type Locale = "ru" | "en";

export type EditorTranslation = {
  version: number;
  title: string;
  slug: string;
  lead: string;
  body: unknown; // with editor-only media previews
  author: string;
  seoDescription: string;
  status: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  embargoUntil: string | null;
  withdrawnNotice: string;
  redirectTo: string;
  lastSaved: { name: string; time: string } | null;
};

export type ArticleEditorData = {
  id: string;
  version: number;
  kind: string;
  regionIds: string[];
  cover: MediaFieldValue | null;
  sourceName: string;
  sourceUrl: string;
  translations: Record<Locale, EditorTranslation | null>;
  states: Record<Locale, TranslationState>;
  // For a locale that is out of date: what changed in the other one since it was last saved.
  changes: Record<Locale, FieldDiff[]>;
};

async function previews(bodies: RichText[]) {
  const ids = [...new Set(bodies.flatMap((b) => bodyMediaIds(b.content)))];
  const rows = ids.length ? await db.media.findMany({ where: { id: { in: ids } }, include: { translations: true } }) : [];
  return Object.fromEntries(
    rows.map((m) => [
      m.id,
      {
        url: m.kind === "image" ? mediaUrl(pickVariant(imageVariants(m), 480)?.key ?? "") : "",
        label: m.translations.find((t) => t.alt)?.alt || m.originalName,
      },
    ]),
  );
}

async function changesSince(self: ArticleTranslation | undefined, other: ArticleTranslation | undefined): Promise<FieldDiff[]> {
  if (!self || !other || other.contentUpdatedAt <= self.contentUpdatedAt) return [];
  // The other text as it was when this one last caught up with it.
  const recent = await db.revision.findMany({
    where: { entityType: "article", entityId: other.articleId, locale: other.locale },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  const before = recent.find((r) => {
    const at = (r.snapshot as { contentUpdatedAt?: string }).contentUpdatedAt;
    return at !== undefined && new Date(at) <= self.contentUpdatedAt;
  });
  return diffSnapshots(
    (before?.snapshot as Record<string, unknown>) ?? null,
    translationSnapshot(other),
    textFields.filter((f) => f !== "slug"),
  );
}

export async function getArticleForEditor(id: string): Promise<ArticleEditorData | null> {
  const a = await db.article.findUnique({
    where: { id },
    include: { regions: { select: { id: true } }, translations: { include: { updatedBy: { select: { name: true } } } } },
  });
  if (!a) return null;
  const byLocale = (l: Locale) => a.translations.find((t) => t.locale === l);
  const media = await previews(a.translations.map((t) => t.body as RichText));
  const view = (t: (typeof a.translations)[number] | undefined): EditorTranslation | null =>
    t
      ? {
          ...translationSnapshot(t),
          version: t.version,
          body: withMediaPreviews(t.body as RichText, media),
          withdrawnNotice: t.withdrawnNotice ?? "",
          redirectTo: t.redirectTo ?? "",
          lastSaved: { name: t.updatedBy?.name ?? "—", time: t.updatedAt.toISOString() },
        }
      : null;
  const [ru, en] = [byLocale("ru"), byLocale("en")];
  return {
    id: a.id,
    version: a.version,
    kind: a.kind,
    regionIds: a.regions.map((r) => r.id),
    cover: await mediaFieldValue(a.coverId),
    sourceName: a.sourceName ?? "",
    sourceUrl: a.sourceUrl ?? "",
    translations: { ru: view(ru), en: view(en) },
    states: { ru: translationState(ru, en), en: translationState(en, ru) },
    changes: { ru: await changesSince(ru, en), en: await changesSince(en, ru) },
  };
}

// Region choices for the editor, named in the back office's language.
export async function regionOptions(locale: Locale) {
  const regions = await db.region.findMany({ include: { translations: { where: { locale } } } });
  return regions.map((r) => ({ id: r.id, label: r.translations[0]?.name ?? r.code })).sort((x, y) => x.label.localeCompare(y.label, locale));
}
