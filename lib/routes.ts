// Every public path with a parameter is built here, with the parameter encoded, and
// passed to next-intl's Link, which adds the locale prefix.
const seg = (value: string) => encodeURIComponent(value);

export const routes = {
  home: "/",
  regions: "/regions",
  region: (slug: string) => `/regions/${seg(slug)}`,
  news: "/press/news",
  article: (slug: string) => `/press/news/${seg(slug)}`,
} as const;
