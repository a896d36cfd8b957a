import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { getEmptyBoardPaths } from "@/lib/people/queries";
import { flattenSiteMap } from "@/lib/site-map";

export type SectionLink = { path: string; title: string; description: string };

// The sections under an overview page (/about, /projects, /press, /about/management), each with
// the title and one-line description of its own page, in site-map order. Sections not published
// in this language, and boards without members, are left out.
export const getSectionLinks = cache(
  unstable_cache(
    async (locale: Locale, parent: string): Promise<SectionLink[]> => {
      const empty = await getEmptyBoardPaths();
      const children = flattenSiteMap().filter((n) => n.parent === parent);
      const pages = await db.pageTranslation.findMany({
        where: { locale, status: "published", page: { path: { in: children.map((c) => c.path) } } },
        select: { title: true, description: true, page: { select: { path: true } } },
      });
      return children.flatMap((c) => {
        const page = pages.find((p) => p.page.path === c.path);
        return page && !empty.includes(c.path) ? [{ path: c.path, title: page.title, description: page.description }] : [];
      });
    },
    ["pages:sections"],
    { tags: [tags.pages, tags.people] },
  ),
);
