import { createHash } from "node:crypto";
import sharp from "sharp";
import { storedBytes, type MediaStorage } from "./storage-backends";
import type { MediaOriginal } from "./variants";

// The full-size copy of an uploaded image that journalists download. Not server-only, like
// the pipeline: the seed stores its demo photos through it too.

export type Credits = { ru: string; en: string };

// The site's terms for its photos, in the file as in the gallery's text.
export const PHOTO_TERMS: Credits = {
  ru: "Можно публиковать с указанием источника.",
  en: "May be published with credit to the source.",
};

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const alt = (texts: Credits) => {
  const items = (["ru", "en"] as const).filter((l) => texts[l]).map((l) => `<rdf:li xml:lang="${l}">${xml(texts[l])}</rdf:li>`);
  const fallback = texts.ru || texts.en;
  return `<rdf:Alt><rdf:li xml:lang="x-default">${xml(fallback)}</rdf:li>${items.join("")}</rdf:Alt>`;
};

// Credit (IPTC's Credit Line, Dublin Core rights) and terms (XMP Rights' usage terms).
export function photoXmp(credits: Credits): string {
  const credit = credits.ru || credits.en;
  return [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">`,
    credit ? `<photoshop:Credit>${xml(credit)}</photoshop:Credit><dc:rights>${alt(credits)}</dc:rights>` : "",
    `<xmpRights:UsageTerms>${alt(PHOTO_TERMS)}</xmpRights:UsageTerms>`,
    `</rdf:Description></rdf:RDF></x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ].join("");
}

// Upright, in its own size, with nothing of the camera's metadata (EXIF, GPS, maker notes)
// but its colour profile, and with the credit and terms written in. A picture with
// transparency stays a PNG; anything else becomes a high-quality JPEG. The key names the
// content, so a new credit makes a new file and cached copies of the old one stay true.
export async function writeOriginal(storage: MediaStorage, bytes: Buffer, keyBase: string, credits: Credits): Promise<MediaOriginal> {
  const image = sharp(bytes, { failOn: "error" }).autoOrient().keepIccProfile().withXmp(photoXmp(credits));
  const png = (await sharp(bytes).metadata()).hasAlpha;
  const { data, info } = await (png ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 92, chromaSubsampling: "4:4:4" })).toBuffer({
    resolveWithObject: true,
  });
  const hash = createHash("sha256").update(data).digest("hex").slice(0, 10);
  const mimeType = png ? "image/png" : "image/jpeg";
  const key = `${keyBase}-original-${hash}.${png ? "png" : "jpg"}`;
  await storage.put(key, data, mimeType);
  return { key, mimeType, width: info.width, height: info.height, byteSize: info.size };
}

// Writes the original again with new credits; the old file is removed once the new one is stored.
export async function recreditOriginal(storage: MediaStorage, original: MediaOriginal, credits: Credits): Promise<MediaOriginal | null> {
  const stored = await storage.get(original.key);
  if (!stored) return null;
  const next = await writeOriginal(storage, await storedBytes(stored), original.key.replace(/-original-[0-9a-f]+\.(jpg|png)$/, ""), credits);
  if (next.key !== original.key) await storage.delete(original.key);
  return next;
}
