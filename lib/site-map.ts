// The site map of the URL contract: paths after the locale, the same in both locales.
// Navigation, the seed and tests all read it from here.

export type SiteMapNode = { path: string; key: string; children?: SiteMapNode[] };

const leaf = (path: string, key: string): SiteMapNode => ({ path, key });

export const siteMap: SiteMapNode[] = [
  {
    path: "/about",
    key: "about",
    children: [
      leaf("/about/history", "history"),
      {
        path: "/about/management",
        key: "management",
        children: [
          leaf("/about/management/directorate", "directorate"),
          leaf("/about/management/council", "council"),
          leaf("/about/management/supervisory-board", "supervisoryBoard"),
        ],
      },
      leaf("/about/working-groups", "workingGroups"),
      leaf("/about/documents", "documents"),
      leaf("/about/brand-book", "brandBook"),
    ],
  },
  { path: "/regions", key: "regions" },
  {
    path: "/projects",
    key: "projects",
    children: [
      leaf("/projects/stem-index", "stemIndex"),
      leaf("/projects/innovation-rating", "innovationRating"),
      leaf("/projects/techsuccess", "techsuccess"),
      leaf("/projects/best-practices", "bestPractices"),
      leaf("/projects/legislation-monitoring", "legislationMonitoring"),
      leaf("/projects/anti-crisis-measures", "antiCrisis"),
      leaf("/projects/olympiad", "olympiad"),
      leaf("/projects/innovation-effectiveness", "innovationEffectiveness"),
    ],
  },
  {
    path: "/press",
    key: "press",
    children: [leaf("/press/news", "news"), leaf("/press/gallery", "gallery"), leaf("/press/contacts", "contacts")],
  },
];

export function flattenSiteMap(
  nodes: SiteMapNode[] = siteMap,
  parent: string | null = null,
): { path: string; key: string; parent: string | null; position: number }[] {
  return nodes.flatMap((node, position) => [{ path: node.path, key: node.key, parent, position }, ...flattenSiteMap(node.children ?? [], node.path)]);
}

// Site-map paths served by a route of their own rather than the generic page view.
export const dedicatedPaths = new Set([
  "/regions",
  "/press/news",
  "/press/contacts",
  "/about/management/directorate",
  "/about/management/council",
  "/about/management/supervisory-board",
  "/about/documents",
  "/about/brand-book",
  "/press/gallery",
]);
// Every /projects/{x} page is served by the projects/[program] route (a rating, or the stored page).
for (const p of flattenSiteMap()) if (p.parent === "/projects") dedicatedPaths.add(p.path);
