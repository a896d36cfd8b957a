import type { AuditEntityType } from "@/lib/zod/audit";

type Translate = { (key: never): string; has(key: never): boolean };

// Known actions have a label; any other (a newer feature's) shows as logged, never as an error.
export function actionLabel(t: Translate, action: string): string {
  const key = `actions.${action}` as never;
  return /^[a-z0-9_]+\.[a-z0-9_]+$/.test(action) && t.has(key) ? t(key) : action;
}

// Admin pages of the record types that have one.
const adminPaths: Partial<Record<AuditEntityType, string>> = {
  article: "/admin/articles",
  page: "/admin/pages",
  region: "/admin/regions",
  person: "/admin/people",
  practice: "/admin/practices",
  document: "/admin/documents",
  gallery_album: "/admin/gallery",
  contact: "/admin/contacts",
  media: "/admin/media",
  user: "/admin/users",
  rating_edition: "/admin/ratings",
};

export function entityHref(entityType: string | null, entityId: string | null): string | null {
  const base = entityType ? adminPaths[entityType as AuditEntityType] : undefined;
  return base && entityId ? `${base}/${encodeURIComponent(entityId)}` : null;
}
