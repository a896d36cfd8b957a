import { z } from "zod";
import { blank, intParam, pageParam, slugParam, toQuery } from "@/lib/query-params";

export const articleKinds = ["news", "press_release", "event", "interview"] as const;

// One schema for the news list's query string, shared by the page and its filter form.
export const newsFilterSchema = z.object({
  page: pageParam(100_000),
  region: slugParam,
  kind: z.preprocess(blank, z.enum(articleKinds).optional()),
  year: intParam(2000, 2100),
  month: intParam(1, 12),
});

export type NewsFilter = z.infer<typeof newsFilterSchema>;

export const parseNewsFilter = (params: Record<string, string | string[] | undefined>) => newsFilterSchema.safeParse(params);

export const newsQuery = (filter: Partial<NewsFilter>) => toQuery(filter);
