// Cache tags name what a cached read depends on, so an edit can invalidate exactly
// the pages that show the changed record.
export const tags = {
  regions: "regions",
  region: (id: string) => `region:${id}`,
  articles: "articles",
  article: (id: string) => `article:${id}`,
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
