import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { SCHEDULER_ACTOR, type AuditQuery } from "@/lib/zod/audit";
import type { Locale } from "@/i18n/routing";
import { recordTitles } from "./titles";

export const auditPerPage = 50;

// Filter days are calendar days in Moscow, which has kept UTC+3 all year since 2014.
const MOSCOW_OFFSET = "+03:00";
const startOfDay = (day: string) => new Date(`${day}T00:00:00${MOSCOW_OFFSET}`);
const nextDay = (day: string) => new Date(startOfDay(day).getTime() + 24 * 3600 * 1000);

function whereOf(query: AuditQuery): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = startOfDay(query.from);
  if (query.to) createdAt.lt = nextDay(query.to);
  return {
    ...(query.actor ? { actorId: query.actor === SCHEDULER_ACTOR ? null : query.actor } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.locale ? { locale: query.locale } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
  };
}

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  locale: string | null;
  ipAddress: string | null;
  // What the record is called, in the back office's language; null once it is deleted.
  title: string | null;
};

export async function listAuditEntries(query: AuditQuery, locale: Locale = "ru") {
  const where = whereOf(query);
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / auditPerPage));
  const page = Math.min(query.page, pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * auditPerPage,
    take: auditPerPage,
    select: {
      id: true,
      createdAt: true,
      actorId: true,
      action: true,
      entityType: true,
      entityId: true,
      locale: true,
      ipAddress: true,
      actor: { select: { name: true } },
    },
  });
  const titles = await recordTitles(rows, locale);
  const items: AuditRow[] = rows.map(({ actor, ...row }) => ({
    ...row,
    actorName: actor?.name ?? null,
    title: titles.get(`${row.entityType}:${row.entityId}`) ?? null,
  }));
  return { items, total, page, pageCount };
}

// Choices for the filter form: everyone who may have acted, and every action ever logged.
export async function auditFilterOptions() {
  const [actors, actions] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    // GROUP BY in the database: a distinct over findMany may read the whole log.
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { actors, actions: actions.map((a) => a.action) };
}
