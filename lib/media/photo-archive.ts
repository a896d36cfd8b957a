import "server-only";
import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { decodeSegment } from "@/lib/url";
import { photoFileName } from "./photo-name";
import type { MediaImageData } from "./variants";
import { zipResponse, type ZipFile } from "./zip";
import { plainNotFound } from "@/lib/http/not-found";

// The photos of an album or a press release with an original, as "<slug>-01.jpg" and so on,
// and a text file saying what each shows, whose it is and on what terms it may be published.
export async function photoArchiveResponse(locale: Locale, slug: string, photos: MediaImageData[]): Promise<Response> {
  const t = await getTranslations({ locale, namespace: "Photos" });
  // Each photo keeps the name its own "Download original" link gives it: its place among all the photos.
  const kept = photos.flatMap((p, i) => (p.original ? [{ photo: p, name: photoFileName(slug, i, p.original.mimeType), key: p.original.key }] : []));
  if (kept.length === 0) return new Response(t("noPhotos"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const files: ZipFile[] = kept.map(({ name, key }) => ({ name, key }));
  const lines = kept.map(({ photo: p, name }) => t("archiveLine", { file: name, caption: p.caption || p.alt || "—", credit: p.credit || "—" }));
  const text = [t("archiveHeading"), "", ...lines, "", t("terms"), ""].join("\r\n");
  return zipResponse(`${slug}-photos.zip`, [...files, { name: t("archiveTextName"), text }], t("busy"));
}

type Found = { slug: string; photos: MediaImageData[] } | null;

// The GET handler of a ".../<slug>/photos.zip" route: `find` names what is published there.
export function photoArchiveRoute(find: (locale: Locale, slug: string) => Promise<Found>) {
  return async (_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) => {
    const { locale, slug: raw } = await params;
    const slug = decodeSegment(raw);
    if (!isLocale(locale) || slug === null) return plainNotFound();
    const found = await find(locale, slug);
    return found ? photoArchiveResponse(locale, found.slug, found.photos) : plainNotFound();
  };
}
