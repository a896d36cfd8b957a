import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { loadDocuments } from "./load";

export type { DocumentItem } from "./load";

export const getDocuments = cache(
  unstable_cache((locale: Locale, pagePath: string) => loadDocuments(locale, pagePath), ["documents:page"], { tags: [tags.documents, tags.media] }),
);
