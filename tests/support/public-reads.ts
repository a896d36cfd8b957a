import { vi } from "vitest";

type Locale = "ru" | "en";
export type ReadTargets = { articleSlugs: string[]; pagePaths: string[] };

const byJson = <T>(items: T[]) => [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

// What the public pages of both locales show, read through the lib functions that build
// them, from the database at `url`. The modules are loaded afresh, so each call reads its
// own database (lib/db keeps one client per process). next/cache must be mocked by the caller.
export async function publicReads(url: string, targets: ReadTargets) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  (globalThis as { prisma?: unknown }).prisma = undefined;
  const [articles, article, regions, pages, documents, practices, gallery, people, contacts, ratings, search, feeds, lib] = await Promise.all([
    import("@/lib/articles/queries"),
    import("@/lib/articles/article"),
    import("@/lib/regions/queries"),
    import("@/lib/pages/queries"),
    import("@/lib/documents/queries"),
    import("@/lib/practices/queries"),
    import("@/lib/gallery/queries"),
    import("@/lib/people/queries"),
    import("@/lib/contacts/queries"),
    import("@/lib/ratings/queries"),
    import("@/lib/search/queries"),
    import("@/lib/feeds/queries"),
    import("@/lib/db"),
  ]);
  const view: Record<string, unknown> = {};
  try {
    const regionSlugs = (await regions.getRegionSlugs()).sort();
    const practiceParams = byJson(await practices.getPracticeParams());
    const albumParams = byJson(await gallery.getAlbumParams());
    const editions = byJson(await ratings.getRatingEditionParams());
    for (const locale of ["ru", "en"] as Locale[]) {
      const at = (key: string, value: unknown) => (view[`${locale} ${key}`] = value);
      at("news", await articles.getNewsPage(locale, { page: 1 }));
      at("latest", await articles.getLatestArticles(locale, 50));
      at("news years", await articles.getNewsYears(locale));
      for (const slug of targets.articleSlugs) at(`article ${slug}`, await article.resolveArticle(locale, slug));
      at("regions", await regions.getRegions(locale));
      at("competencies", await regions.getCompetencies(locale));
      for (const slug of regionSlugs) {
        at(`region ${slug}`, await regions.getRegion(locale, slug));
        at(`region news ${slug}`, await articles.getRegionArticles(locale, slug, 10));
        at(`region practices ${slug}`, await practices.getRegionPractices(locale, slug));
      }
      for (const path of targets.pagePaths) {
        at(`page ${path}`, await pages.getPage(locale, path));
        at(`documents ${path}`, await documents.getDocuments(locale, path));
      }
      at("practices", await practices.getPractices(locale, { page: 1 }));
      for (const p of practiceParams) at(`practice ${p.slug}`, await practices.getPractice(locale, p.slug));
      at("albums", await gallery.getAlbums(locale));
      for (const a of albumParams) at(`album ${a.slug}`, await gallery.getAlbum(locale, a.slug));
      for (const board of Object.keys(people.boards) as (keyof typeof people.boards)[]) at(`board ${board}`, await people.getBoardMembers(locale, board));
      at("contacts", await contacts.getContacts(locale));
      for (const key of await ratings.getRatingProgramKeys()) at(`rating ${key}`, await ratings.getRatingProgram(locale, key));
      for (const e of editions) at(`edition ${e.program} ${e.year}`, await ratings.getRatingEdition(locale, e.program, e.year));
      at("search", await search.searchSite(locale, { q: locale === "ru" ? "регион" : "region", page: 1 }));
      at("feed", await feeds.getFeedArticles(locale, null));
    }
  } finally {
    await lib.db.$disconnect();
    vi.unstubAllEnvs();
  }
  return view;
}
