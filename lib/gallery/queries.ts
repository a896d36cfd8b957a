import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { loadAlbumList, loadAlbumParams, resolveAlbum } from "./load";

export type { AlbumCard, AlbumDetail, GalleryVideo } from "./load";

const galleryTags = { tags: [tags.gallery, tags.media] };

export const getAlbums = cache(unstable_cache((locale: Locale) => loadAlbumList(locale), ["gallery:list"], galleryTags));

// An unknown slug may be an album's old one, so the lookup also follows the redirects.
export const getAlbum = cache(
  unstable_cache((locale: Locale, slug: string) => resolveAlbum(locale, slug), ["gallery:one"], { tags: [...galleryTags.tags, tags.redirects] }),
);

export const getAlbumParams = unstable_cache(() => loadAlbumParams(), ["gallery:params"], galleryTags);
