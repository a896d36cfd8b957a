import { locales, type Locale } from "@/i18n/routing";

// Captions of a video file: one WebVTT file per language, kept in the media storage. Pure.

export const CAPTIONS_MAX_BYTES = 512 * 1024;

export type CaptionKeys = Partial<Record<Locale, string>>;

export function parseCaptions(value: unknown): CaptionKeys {
  const v = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(locales.flatMap((l) => (typeof v[l] === "string" ? [[l, v[l]]] : [])));
}

// A WebVTT file starts with "WEBVTT" (after an optional byte order mark), then a space, a tab
// or a line break; it is UTF-8 text with no NUL byte.
export function isWebVtt(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || bytes.length > CAPTIONS_MAX_BYTES || bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text);
}
