// The version for visually impaired visitors (ГОСТ Р 52872-2019): text size, colour scheme,
// images and letter spacing, kept in one cookie. The server applies it to every page's <html>
// as data attributes (server/http/a11y-mode.ts), so cached pages stay the same for everyone and
// nothing depends on JavaScript; globals.css does the rest.

export const A11Y_COOKIE = "airr_a11y";
export const A11Y_MAX_AGE = 60 * 60 * 24 * 365;

export const A11Y_OPTIONS = {
  size: ["100", "150", "200"],
  scheme: ["bw", "wb", "blue"],
  images: ["on", "off"],
  spacing: ["normal", "wide"],
} as const;

export type A11yMode = { [K in keyof typeof A11Y_OPTIONS]: (typeof A11Y_OPTIONS)[K][number] };
export const A11Y_DEFAULT: A11yMode = { size: "150", scheme: "bw", images: "on", spacing: "normal" };

const KEYS = Object.keys(A11Y_OPTIONS) as (keyof A11yMode)[];
const allowed = <K extends keyof A11yMode>(key: K, value: unknown): value is A11yMode[K] =>
  typeof value === "string" && (A11Y_OPTIONS[key] as readonly string[]).includes(value);

// "150.bw.on.normal": short, fixed, and anything else is no mode at all.
export function parseA11yCookie(value: string | undefined | null): A11yMode | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== KEYS.length) return null;
  const mode: Partial<A11yMode> = {};
  for (const [i, key] of KEYS.entries()) {
    if (!allowed(key, parts[i])) return null;
    (mode as Record<string, string>)[key] = parts[i]!;
  }
  return mode as A11yMode;
}

export const serializeA11y = (mode: A11yMode) => KEYS.map((k) => mode[k]).join(".");

// A change asked for in a query string, applied over the current mode (or the default one).
export function changeA11y(current: A11yMode | null, query: URLSearchParams): A11yMode {
  const next = { ...(current ?? A11Y_DEFAULT) };
  for (const key of KEYS) {
    const value = query.get(key);
    if (allowed(key, value)) (next as Record<string, string>)[key] = value;
  }
  return next;
}

// The attributes the server adds to <html>.
export const a11yAttributes = (mode: A11yMode) =>
  ` data-a11y="on" data-a11y-size="${mode.size}" data-a11y-scheme="${mode.scheme}" data-a11y-images="${mode.images}" data-a11y-spacing="${mode.spacing}"`;
