import { z } from "zod";
import { articleKinds } from "./article";
import { locales } from "@/i18n/routing";

// The back office's article list query string; anything malformed falls back to "all".
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

export const articleListSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: optionalEnum(articleKinds),
  status: optionalEnum(["draft", "scheduled", "published", "withdrawn", "unpublished"] as const),
  locale: optionalEnum(locales),
  translation: optionalEnum(["missing", "outdated"] as const),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ArticleListQuery = z.infer<typeof articleListSchema> & { mine?: string; ids?: string[] };
