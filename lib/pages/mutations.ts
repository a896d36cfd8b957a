import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/roles";
import { tags } from "@/lib/cache-tags";
import { type Actor, refuse, refuseStale, runSave, type SaveResult, writeVersioned } from "@/lib/saving/core";
import { recordChange } from "@/lib/history/record";
import { sameJson } from "@/lib/translations/same-json";
import { statusAction, statusFields, statusSnapshot } from "@/lib/translations/status";
import type { PageTranslationInput } from "@/lib/zod/pages";

// Saves one locale of a site-map page. Version 0 creates the translation. Changing the
// status takes content.publish; the text change time moves only when the text does.
export async function savePageTranslation(actor: Actor, input: PageTranslationInput): Promise<SaveResult> {
  const { pageId, locale } = input;
  return runSave(async (tx) => {
    const page = await tx.page.findUnique({ where: { id: pageId }, select: { id: true, path: true, version: true } });
    if (!page) refuse("notFound");
    const current = await tx.pageTranslation.findUnique({ where: { pageId_locale: { pageId, locale } } });
    const stale = { entityType: "page" as const, entityId: pageId, locale };
    if ((current?.version ?? 0) !== input.version) await refuseStale(tx, stale);
    const before = current?.status ?? "draft";
    if (before !== input.status && !can(actor.role, "content.publish")) refuse("auth.forbidden");

    const textChanged = !current || current.title !== input.title || current.description !== input.description || !sameJson(current.body, input.body);
    const data = {
      title: input.title,
      description: input.description,
      body: input.body as Prisma.InputJsonValue,
      updatedById: actor.id,
      ...statusFields(current, input.status, textChanged),
    };
    const saved = await writeVersioned(tx, tx.pageTranslation, { current, version: input.version, data, create: { pageId, locale }, stale });
    const baseVersion = await markPageEdited(tx, page.id, page.version);
    const snapshot = {
      title: saved.title,
      description: saved.description,
      ...statusSnapshot(saved),
    };
    await recordChange(tx, {
      actorId: actor.id,
      action: statusAction("page", before, input.status),
      entityType: "page",
      entityId: pageId,
      locale,
      version: saved.version,
      snapshot,
      details: { path: page.path, textChanged },
    });
    // The page itself; the sitemap and the other pages' lists read the collection tag.
    return { ok: true as const, id: pageId, version: saved.version, tags: [tags.pages, tags.page(page.path)], data: { baseVersion } };
  });
}

// The seed refreshes a page only while its version is 1; the first edit marks it as an editor's.
async function markPageEdited(tx: Prisma.TransactionClient, id: string, version: number): Promise<number | undefined> {
  if (version !== 1) return undefined;
  const { count } = await tx.page.updateMany({ where: { id, version: 1 }, data: { version: 2 } });
  return count ? 2 : undefined;
}
