import { randomBytes } from "node:crypto";

// Storage keys: "2026/11/<random>-960.webp", never derived from an uploaded file's name,
// so a name cannot steer where a file lands or what a URL says.

const EXTENSION_TYPES: Record<string, string> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  avif: "image/avif",
  svg: "image/svg+xml",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
  mp4: "video/mp4",
  webm: "video/webm",
  vtt: "text/vtt",
};

// Path segments of letters, digits, "_" and "-", the last with one extension: no "..",
// no absolute path, no backslash, no empty segment, no hidden file.
const KEY_PATTERN = /^(?:[A-Za-z0-9][A-Za-z0-9_-]*\/){0,4}[A-Za-z0-9][A-Za-z0-9_-]*\.([a-z0-9]{2,5})$/;

export function isSafeKey(key: string): boolean {
  const match = key.length <= 200 ? KEY_PATTERN.exec(key) : null;
  return !!match && match[1]! in EXTENSION_TYPES;
}

export function contentTypeOfKey(key: string): string {
  return EXTENSION_TYPES[key.slice(key.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

export function extensionOfType(mimeType: string): string | null {
  return Object.entries(EXTENSION_TYPES).find(([, type]) => type === mimeType)?.[0] ?? null;
}

// A fresh key prefix for one upload; the pipeline appends "-<width>.webp" or ".<ext>".
export function newKeyBase(now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomBytes(12).toString("hex")}`;
}
