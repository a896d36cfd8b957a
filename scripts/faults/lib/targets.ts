// The URL mix of the load: prerendered and cached-read pages, pages that query the
// database on every request (searches made new each time with an "or" of a unique word,
// since repeated searches are answered from memory), the health check and the back
// office's sign-in page.
import type { Sample, Target } from "./load.ts";

export const CLASSES = { cached: "cached", uncached: "uncached", health: "health", live: "live", admin: "admin" } as const;

// A request sent before the signal is served as usual, except the readiness probe: it says 503
// from the moment the server hears the signal, so a load balancer stops sending, even to a probe
// that was already on its way.
export const servedThroughDrain = (s: Sample) => s.status === 200 || (s.status === 503 && s.path.startsWith("/api/health/ready"));

// The newest article's path, read from the news list, so the mix includes an article page.
export async function articlePath(base: string): Promise<string> {
  const html = await fetch(`${base}/ru/press/news`).then((r) => r.text());
  const slug = html.match(/href="\/ru\/press\/news\/([^"?#/]+)"/)?.[1];
  if (!slug) throw new Error("no article link found on /ru/press/news");
  return `/ru/press/news/${slug}`;
}

export async function targetMix(base: string): Promise<Target[]> {
  const article = await articlePath(base);
  return [
    ...["/ru", "/en", "/ru/press/news", "/en/press/news", article, "/ru/regions"].map((path) => ({ cls: CLASSES.cached, path })),
    ...[
      "/ru/search?q=%D1%80%D0%B5%D0%B3%D0%B8%D0%BE%D0%BD",
      "/en/search?q=innovation",
      "/ru/search?q=%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82",
      "/en/search?q=region",
    ].map((path) => ({
      cls: CLASSES.uncached,
      path: `${path}+or+z{n}`,
    })),
    { cls: CLASSES.health, path: "/api/health" },
    { cls: CLASSES.health, path: "/api/health/ready" },
    { cls: CLASSES.live, path: "/api/health/live" },
    { cls: CLASSES.admin, path: "/admin/sign-in" },
  ];
}
