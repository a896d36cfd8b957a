import { z } from "zod";
import { blank, pageParam } from "@/lib/query-params";
import { locales } from "@/i18n/routing";

// The audit log's query string. Each bad value falls back to its default on its own.
export const auditEntityTypes = [
  "article",
  "page",
  "region",
  "competency",
  "person",
  "rating_program",
  "rating_edition",
  "practice",
  "document",
  "media",
  "gallery_album",
  "contact",
  "user",
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

// Entries written by the scheduler have no actor; the filter names them with this value.
export const SCHEDULER_ACTOR = "scheduler";

// A calendar day; 2025-02-31 and the like are refused rather than rolled over.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  });
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional()).catch(undefined);

export const auditQuerySchema = z.object({
  actor: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  entityType: optional(z.enum(auditEntityTypes)),
  action: optional(
    z
      .string()
      .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/)
      .max(80),
  ),
  locale: optional(z.enum(locales)),
  from: optional(day),
  to: optional(day),
  page: pageParam(100_000).catch(1),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const parseAuditQuery = (params: Record<string, string | string[] | undefined>): AuditQuery => auditQuerySchema.parse(params);
