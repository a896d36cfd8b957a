import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import { loadEdition, loadEditionParams, loadProgram, loadProgramKeys } from "./load";

export type { RatingEditionDetail, RatingEntryRow, RatingProgramDetail, RankSeries } from "./load";

const ratingTags = { tags: [tags.ratings, tags.regions] };

export const getRatingProgramKeys = cache(unstable_cache(() => loadProgramKeys(), ["ratings:keys"], ratingTags));

export const getRatingEditionParams = unstable_cache(() => loadEditionParams(), ["ratings:edition-params"], ratingTags);

export const getRatingProgram = cache(unstable_cache((locale: Locale, key: string) => loadProgram(locale, key), ["ratings:program"], ratingTags));

export const getRatingEdition = cache(
  unstable_cache((locale: Locale, key: string, year: number) => loadEdition(locale, key, year), ["ratings:edition"], ratingTags),
);
