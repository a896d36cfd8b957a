// Every public path with a parameter is built here, with the parameter encoded, and
// passed to next-intl's Link (which adds the locale prefix) or to alternatesFor().
const seg = (value: string | number) => encodeURIComponent(String(value));

export const routes = {
  home: "/",
  regions: "/regions",
  region: (slug: string) => `/regions/${seg(slug)}`,
  regionFeed: (slug: string) => `/regions/${seg(slug)}/feed.xml`,
  news: "/press/news",
  article: (slug: string) => `/press/news/${seg(slug)}`,
  articlePhotos: (slug: string) => `/press/news/${seg(slug)}/photos.zip`,
  press: "/press",
  gallery: "/press/gallery",
  album: (slug: string) => `/press/gallery/${seg(slug)}`,
  albumPhotos: (slug: string) => `/press/gallery/${seg(slug)}/photos.zip`,
  contacts: "/press/contacts",
  // E-mail alerts: sign-up, the link of the confirmation message, a subscriber's settings.
  alerts: "/press/alerts",
  alertConfirm: "/press/alerts/confirm",
  alertSettings: "/press/alerts/settings",
  // A journalist added to the press list confirms the address here.
  pressListVerify: "/press/press-list/verify",
  management: "/about/management",
  documents: "/about/documents",
  brandBook: "/about/brand-book",
  projects: "/projects",
  rating: (program: string) => `/projects/${seg(program)}`,
  ratingEdition: (program: string, year: number) => `/projects/${seg(program)}/${seg(year)}`,
  ratingCsv: (program: string, year: number) => `/projects/${seg(program)}/${seg(year)}/csv`,
  practices: "/projects/best-practices",
  practice: (slug: string) => `/projects/best-practices/${seg(slug)}`,
  search: "/search",
  feed: "/feed.xml",
  yandexFeed: "/yandex-news.xml",
  // Editors only: an unpublished article exactly as the public page will show it.
  articlePreview: (id: string) => `/preview/articles/${seg(id)}`,
} as const;
