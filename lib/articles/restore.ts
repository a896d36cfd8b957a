import "server-only";
import { type Actor, refusal, type SaveResult } from "@/lib/saving/core";
import { db } from "@/lib/db";
import { richTextSchema } from "@/lib/rich-text/schema";
import { saveArticleShared } from "./shared-mutations";
import { saveArticleText } from "./mutations";
import type { SharedSnapshot } from "./snapshot";

// Restoring is a save of the old content on top of the current version: a new revision,
// so nothing in between is lost. Publication state is not restored, only content.
export async function restoreArticleRevision(actor: Actor, revisionId: string, currentVersion: number): Promise<SaveResult> {
  const revision = await db.revision.findUnique({ where: { id: revisionId } });
  if (!revision || revision.entityType !== "article") return refusal("notFound");
  const s = revision.snapshot as Record<string, unknown>;
  if (revision.locale === null) {
    const shared = s as SharedSnapshot;
    return saveArticleShared(actor, {
      articleId: revision.entityId,
      version: currentVersion,
      kind: shared.kind as never,
      regionIds: shared.regionIds,
      coverId: shared.coverId,
      sourceName: shared.sourceName,
      sourceUrl: shared.sourceUrl,
    });
  }
  const body = richTextSchema.safeParse(s.body);
  return saveArticleText(
    actor,
    {
      articleId: revision.entityId,
      locale: revision.locale,
      version: currentVersion,
      title: String(s.title ?? ""),
      slug: String(s.slug ?? ""),
      lead: String(s.lead ?? ""),
      body: body.success ? body.data : { type: "doc", content: [] },
      author: String(s.author ?? ""),
      seoDescription: String(s.seoDescription ?? ""),
    },
    "article.restore",
  );
}
