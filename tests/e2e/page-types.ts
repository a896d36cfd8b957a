// One page of every type the public site has, in each language: the accessibility and the
// 320 px tests go over all of them. Paths after the locale.
const common = [
  "",
  "/about",
  "/about/history",
  "/about/management",
  "/about/management/directorate",
  "/about/documents",
  "/regions",
  "/regions/tatarstan",
  "/projects",
  "/projects/techsuccess",
  "/projects/techsuccess/2019",
  "/projects/olympiad",
  "/projects/best-practices",
  "/press",
  "/press/news",
  "/press/news?region=perm-territory",
  "/press/gallery",
  "/press/contacts",
  "/search?q=innovation",
  "/no-such-page",
];
export const PAGE_TYPES: Record<"ru" | "en", string[]> = {
  ru: [
    ...common,
    "/press/news/vyezdnoe-soveshchanie-atr-v-permi",
    "/projects/best-practices/obshchiy-ofis-transfera-tehnologiy-tomskih-vuzov",
    "/press/gallery/vyezdnoe-soveshchanie-v-permi",
    "/press/gallery/strategicheskaya-sessiya-v-yakutii",
    "/projects/best-practices/engineering-classes-run-with-industrial-employers",
  ],
  en: [
    ...common,
    "/press/news/perm-technology-agency-meeting",
    "/press/news/delegatsiya-airr-v-yakutii",
    "/press/gallery/innovative-clusters-strategic-session-2018-video",
  ],
};
