// Absolute base URL for canonical links, feeds and OpenGraph; SITE_URL in production.
export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
