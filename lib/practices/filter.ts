import { z } from "zod";
import { pageParam, slugParam, toQuery } from "@/lib/query-params";

export const practicesPerPage = 12;

// The practices list's query string, shared by the page, its filter form and pagination links.
export const practiceFilterSchema = z.object({ page: pageParam(10_000), region: slugParam, topic: slugParam });

export type PracticeFilter = z.infer<typeof practiceFilterSchema>;

export const parsePracticeFilter = (params: Record<string, string | string[] | undefined>) => practiceFilterSchema.safeParse(params);

export const practiceQuery = (filter: Partial<PracticeFilter>) => toQuery(filter);
