import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import type { PracticeFilter } from "./filter";
import { loadPracticeFilters, loadPracticeList, loadPracticeParams, resolvePractice } from "./load";

export type { PracticeCard, PracticeDetail, PracticePage } from "./load";

const practiceTags = { tags: [tags.practices, tags.regions] };

export const getPractices = cache(
  unstable_cache((locale: Locale, filter: PracticeFilter) => loadPracticeList(locale, filter), ["practices:list"], practiceTags),
);

export const getRegionPractices = cache(
  unstable_cache(
    async (locale: Locale, regionSlug: string) => (await loadPracticeList(locale, { page: 1, region: regionSlug }, 50)).items,
    ["practices:region"],
    practiceTags,
  ),
);

export const getPracticeFilters = cache(unstable_cache((locale: Locale) => loadPracticeFilters(locale), ["practices:filters"], practiceTags));

// Also tagged with the redirects: an old slug starts redirecting when a practice's slug changes.
export const getPractice = cache(
  unstable_cache((locale: Locale, slug: string) => resolvePractice(locale, slug), ["practices:one"], { tags: [...practiceTags.tags, tags.redirects] }),
);

export const getPracticeParams = unstable_cache(() => loadPracticeParams(), ["practices:params"], practiceTags);
