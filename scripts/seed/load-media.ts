import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { flattenSiteMap } from "../../lib/site-map.ts";

const sitePaths = new Set(flattenSiteMap().map((p) => p.path));
import { ContentError, parseWith } from "./content-error.ts";
import { list, locales, readJson, type Locale } from "./load.ts";
import { localized, slug } from "./schema.ts";

// content/documents/documents.json, content/files/*, and content/gallery/<album>/album.json
// with its pictures. Only paths are read here; write-media.ts reads the bytes.

const text = z.string().trim().min(1);
const partial = z.object({ ru: text.optional(), en: text.optional() }).strict();

const documentsFile = z.array(
  z
    .object({
      id: slug,
      page: z.string().refine((p) => sitePaths.has(p), "must be a path of the site map"),
      file: z.string().regex(/^files\/[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/, "must be files/<name> in lowercase Latin letters"),
      title: localized,
      description: localized,
    })
    .strict(),
);

const photo = z
  .object({
    file: z.string().regex(/^[a-z0-9][a-z0-9_-]*\.(jpe?g|png|webp)$/, "must be a .jpg, .png or .webp file in the album folder"),
    alt: partial,
    caption: partial.default({}),
    credit: z.union([text, partial]).optional(),
  })
  .strict();

// A recording: a video file of the album folder (WebM or H.264 MP4), or externalUrl when it
// really exists; with neither the entry says "not yet published".
const video = z
  .object({
    kind: z.literal("video"),
    file: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*\.(webm|mp4)$/, "must be a .webm or .mp4 file in the album folder")
      .optional(),
    title: partial,
    externalUrl: z.url({ protocol: /^https$/ }).optional(),
    durationSec: z.number().int().positive().optional(),
  })
  .strict();

const albumFile = z
  .object({
    takenAt: z.iso.datetime({ offset: true }),
    title: partial,
    slug: z.object({ ru: slug.optional(), en: slug.optional() }).strict(),
    description: partial.default({}),
    items: z.array(z.union([photo, video])).min(1),
  })
  .strict()
  .superRefine((album, ctx) => {
    const langs = locales.filter((l) => album.title[l]);
    if (langs.length === 0) ctx.addIssue({ code: "custom", path: ["title"], message: "needs a title in at least one language" });
    for (const l of langs) {
      if (!album.slug[l]) ctx.addIssue({ code: "custom", path: ["slug", l], message: `needed because the album has a ${l} title` });
      album.items.forEach((item, i) => {
        const field = "kind" in item ? "title" : "alt";
        if (!("kind" in item ? item.title : item.alt)[l])
          ctx.addIssue({ code: "custom", path: ["items", i, field, l], message: `needed because the album has a ${l} title` });
      });
    }
  });

type Localized = Partial<Record<Locale, string>>;
export type AlbumItem =
  | { type: "photo"; file: string; source: string; alt: Localized; caption: Localized; credit: Localized }
  | { type: "video"; source: string | null; title: Localized; externalUrl: string | null; durationSec: number | null };

function existing(root: string, file: string, rel: string, field: string): string {
  const full = path.join(root, rel);
  if (!fs.existsSync(full)) throw new ContentError(file, field, `${rel} does not exist`);
  return full;
}

export function loadMedia(root: string) {
  const docsFile = "documents/documents.json";
  const docs = fs.existsSync(path.join(root, docsFile)) ? parseWith(docsFile, documentsFile, readJson(root, docsFile)) : [];
  const documents = docs.map((d, i) => ({ ...d, source: existing(root, docsFile, d.file, `${i}.file`) }));
  const ids = new Set<string>();
  documents.forEach((d, i) => {
    if (ids.has(d.id)) throw new ContentError(docsFile, `${i}.id`, `"${d.id}" appears twice`);
    ids.add(d.id);
  });

  const slugs = new Map<string, string>();
  const albums = list(root, "gallery").map((id) => {
    const file = `gallery/${id}/album.json`;
    const album = parseWith(file, albumFile, readJson(root, file));
    const langs = locales.filter((l) => album.title[l]);
    for (const l of langs) {
      const key = `${l}:${album.slug[l]}`;
      if (slugs.has(key)) throw new ContentError(file, `slug.${l}`, `"${album.slug[l]}" is already used by ${slugs.get(key)}`);
      slugs.set(key, file);
    }
    const items: AlbumItem[] = album.items.map((item, i) =>
      "kind" in item
        ? {
            type: "video",
            source: item.file ? existing(root, file, `gallery/${id}/${item.file}`, `items.${i}.file`) : null,
            title: item.title,
            externalUrl: item.externalUrl ?? null,
            durationSec: item.durationSec ?? null,
          }
        : {
            type: "photo",
            file: item.file,
            source: existing(root, file, `gallery/${id}/${item.file}`, `items.${i}.file`),
            alt: item.alt,
            caption: item.caption,
            credit: typeof item.credit === "string" ? Object.fromEntries(langs.map((l) => [l, item.credit])) : (item.credit ?? {}),
          },
    );
    return { id, file, takenAt: new Date(album.takenAt), locales: langs, title: album.title, slug: album.slug, description: album.description, items };
  });
  return { documents, albums };
}
