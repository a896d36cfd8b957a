// Cache tags name what a cached read depends on, so an edit can invalidate exactly
// the pages that show the changed record: an entity tag for the pages of one record, a
// collection tag for lists, feeds, the sitemap and search that show many.
export const tags = {
  regions: "regions",
  region: (slug: string) => `region:${slug}`,
  articles: "articles",
  article: (id: string) => `article:${id}`,
  // An article URL: its page depends on what that slug resolves to in that locale.
  articleSlug: (locale: string, slug: string) => `article-slug:${locale}:${slug}`,
  pages: "pages",
  page: (path: string) => `page:${path}`,
  contacts: "contacts",
  competencies: "competencies",
  people: "people",
  documents: "documents",
  media: "media",
  gallery: "gallery",
  ratings: "ratings",
  practices: "practices",
  redirects: "redirects",
} as const;
