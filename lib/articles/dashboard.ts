import "server-only";
import { db } from "@/lib/db";
import { listTranslationWork } from "./admin-queries";

type Item = { id: string; title: string; locale: string; at: Date | null };

// What an editor's overview shows: their drafts, what is scheduled, translation work and
// the latest changes by anyone.
export async function getDashboard(userId: string) {
  const [drafts, scheduled, translations, recent] = await Promise.all([
    db.articleTranslation.findMany({
      where: { status: "draft", updatedById: userId },
      orderBy: { updatedAt: "desc" },
      take: 10,
      select: { articleId: true, title: true, locale: true, updatedAt: true },
    }),
    db.articleTranslation.findMany({
      where: { status: "scheduled" },
      orderBy: { scheduledAt: "asc" },
      take: 10,
      select: { articleId: true, title: true, locale: true, scheduledAt: true },
    }),
    listTranslationWork(10),
    db.auditLog.findMany({ where: { entityType: { not: "user" } }, orderBy: { createdAt: "desc" }, take: 10, include: { actor: { select: { name: true } } } }),
  ]);
  const item = (r: { articleId: string; title: string; locale: string }, at: Date | null): Item => ({ id: r.articleId, title: r.title, locale: r.locale, at });
  return {
    drafts: drafts.map((d) => item(d, d.updatedAt)),
    scheduled: scheduled.map((s) => item(s, s.scheduledAt)),
    translations,
    recent: recent.map((e) => ({
      id: e.id,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      locale: e.locale,
      actor: e.actor?.name ?? null,
      at: e.createdAt,
    })),
  };
}
