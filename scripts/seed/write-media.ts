import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { storeFile, storeImage, storeVideo, type StoredMedia } from "../../lib/media/pipeline.ts";
import { createMediaStorage, type MediaStorage } from "../../lib/media/storage-backends.ts";
import { parseOriginal, parseVariants } from "../../lib/media/variants.ts";
import type { Content } from "./load.ts";
import { perLocale, sync, type Summary, type Tx } from "./sync.ts";

// Demo media go through the same pipeline as uploads. A source file's SHA-256 names its
// Media row ("image-sha256-<32 hex>") and its storage keys ("demo/<32 hex>-960.webp"): a
// re-run, or a seed into a fresh database, finds the row or rewrites the same objects
// instead of piling up copies. Keys still say nothing about the file's name.

type Prepared = { id: string; label: string; originalName: string; stored: StoredMedia | null };

const digest = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 32);

export const imageIdFor = (source: string) => `image-sha256-${digest(fs.readFileSync(source))}`;

async function allStored(storage: MediaStorage, row: { kind: string; storageKey: string | null; variants: unknown; original: unknown }): Promise<boolean> {
  const original = parseOriginal(row.original);
  if (row.kind === "image" && !original) return false;
  const keys = [row.storageKey, original?.key, ...parseVariants(row.variants).map((v) => v.key)].filter((k): k is string => !!k);
  return (await Promise.all(keys.map((k) => storage.head(k)))).every(Boolean);
}

// Runs before the database transaction: storage is not transactional, so objects are written
// first and rows after; a rolled-back seed leaves only objects the next run overwrites.
type Source = { source: string; label: string; kind: "file" | "image" | "video"; credits: { ru: string; en: string } };

export async function storeMediaFiles(prisma: PrismaClient, c: Content, storage: MediaStorage = createMediaStorage()): Promise<Map<string, Prepared>> {
  const sources: Source[] = [
    ...c.media.documents.map((d) => ({ source: d.source, label: d.file, kind: "file" as const, credits: { ru: "", en: "" } })),
    ...c.media.albums.flatMap((a) =>
      a.items.flatMap((item): Source[] =>
        item.type === "video"
          ? item.source
            ? [{ source: item.source, label: `gallery/${a.id}/${path.basename(item.source)}`, kind: "video" as const, credits: { ru: "", en: "" } }]
            : []
          : item.type === "photo"
            ? [
                {
                  source: item.source,
                  label: `gallery/${a.id}/${item.file}`,
                  kind: "image" as const,
                  credits: { ru: item.credit.ru ?? "", en: item.credit.en ?? "" },
                },
              ]
            : [],
      ),
    ),
  ];
  const prepared = new Map<string, Prepared>();
  for (const { source, label, kind, credits } of sources) {
    if (prepared.has(source)) continue;
    const bytes = fs.readFileSync(source);
    const hash = digest(bytes);
    const id = `${kind}-sha256-${hash}`;
    const originalName = path.basename(source);
    const row = await prisma.media.findUnique({ where: { id } });
    // Objects missing from storage are (re)written even for a row an editor changed; the row
    // itself is refreshed only while it is the seed's own (version 1), else kept (stored: null).
    const complete = row ? await allStored(storage, row) : false;
    const fresh = complete
      ? null
      : kind === "image"
        ? await storeImage(storage, bytes, `demo/${hash}`, credits)
        : kind === "video"
          ? await storeVideo(storage, bytes, originalName, `demo/${hash}`)
          : await storeFile(storage, bytes, originalName, `demo/${hash}`);
    const stored =
      row && row.version > 1
        ? null
        : (fresh ?? { ...row!, kind, storageKey: row!.storageKey!, variants: parseVariants(row!.variants), original: parseOriginal(row!.original) });
    prepared.set(source, { id, label, originalName, stored });
  }
  return prepared;
}

type Row = { locale: "ru" | "en"; alt: string; caption: string; credit: string };

async function writeMediaRow(tx: Tx, summary: Summary, p: Prepared, translations: Row[], done: Set<string>) {
  if (done.has(p.id)) return;
  done.add(p.id);
  if (!p.stored) return void summary.kept.push(`media ${p.label}`);
  const { kind, storageKey, mimeType, byteSize, width, height, variants, original } = p.stored;
  const data = { kind, storageKey, mimeType, byteSize, width, height, variants, original: original ?? Prisma.DbNull, originalName: p.originalName };
  await sync(
    summary,
    `media ${p.label}`,
    await tx.media.findUnique({ where: { id: p.id } }),
    () => tx.media.create({ data: { id: p.id, ...data, translations: { create: translations } } }),
    (row) => tx.media.update({ where: { id: row.id }, data: { ...data, translations: { deleteMany: {}, create: translations } } }),
  );
}

export async function writeMedia(tx: Tx, c: Content, prepared: Map<string, Prepared>, summary: Summary) {
  const done = new Set<string>();
  for (const [position, d] of c.media.documents.entries()) {
    const p = prepared.get(d.source)!;
    await writeMediaRow(tx, summary, p, [], done);
    const rows = perLocale((locale) => ({ locale, title: d.title[locale], description: d.description[locale] }));
    const data = { position, file: { connect: { id: p.id } }, page: { connect: { path: d.page } } };
    await sync(
      summary,
      `document ${d.id}`,
      await tx.document.findUnique({ where: { id: d.id } }),
      () => tx.document.create({ data: { id: d.id, ...data, translations: { create: rows } } }),
      (row) => tx.document.update({ where: { id: row.id }, data: { ...data, translations: { deleteMany: {}, create: rows } } }),
    );
  }
  for (const a of c.media.albums) {
    const ids: string[] = [];
    for (const [n, item] of a.items.entries()) {
      if (item.type === "photo") {
        const p = prepared.get(item.source)!;
        await writeMediaRow(
          tx,
          summary,
          p,
          a.locales.map((locale) => ({ locale, alt: item.alt[locale] ?? "", caption: item.caption[locale] ?? "", credit: item.credit[locale] ?? "" })),
          done,
        );
        ids.push(p.id);
        continue;
      }
      const rows = a.locales.map((locale) => ({ locale, alt: item.title[locale] ?? "", caption: item.title[locale] ?? "", credit: "" }));
      if (item.source) {
        const p = prepared.get(item.source)!;
        await writeMediaRow(tx, summary, p, rows, done);
        ids.push(p.id);
        continue;
      }
      // A recording without a file: the row carries its title and, once published, its URL.
      const id = `video-${a.id}-${n + 1}`;
      const data = { kind: "video" as const, mimeType: "video/*", externalUrl: item.externalUrl, durationSec: item.durationSec };
      await sync(
        summary,
        `media ${a.id} video ${n + 1}`,
        await tx.media.findUnique({ where: { id } }),
        () => tx.media.create({ data: { id, ...data, translations: { create: rows } } }),
        (row) => tx.media.update({ where: { id: row.id }, data: { ...data, translations: { deleteMany: {}, create: rows } } }),
      );
      ids.push(id);
    }
    const coverId = a.items.flatMap((item) => (item.type === "photo" ? [prepared.get(item.source)!.id] : []))[0] ?? null;
    const rows = a.locales.map((locale) => ({
      locale,
      slug: a.slug[locale]!,
      title: a.title[locale]!,
      description: a.description[locale] ?? "",
      status: "published" as const,
      publishedAt: a.takenAt,
    }));
    const items = ids.map((mediaId, position) => ({ mediaId, position }));
    await sync(
      summary,
      `album ${a.id}`,
      await tx.galleryAlbum.findUnique({ where: { id: a.id } }),
      () => tx.galleryAlbum.create({ data: { id: a.id, coverId, takenAt: a.takenAt, translations: { create: rows }, items: { create: items } } }),
      (row) =>
        tx.galleryAlbum.update({
          where: { id: row.id },
          data: { coverId, takenAt: a.takenAt, translations: { deleteMany: {}, create: rows }, items: { deleteMany: {}, create: items } },
        }),
    );
  }
}
