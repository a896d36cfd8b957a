import { cookies, headers } from "next/headers";
import { isLocale, routing, type Locale } from "./routing";

export const ADMIN_LOCALE_COOKIE = "ADMIN_LOCALE";

// The back office's language: the editor's explicit choice, else the public site's
// cookie, else the browser's first preference among ours.
export async function adminLocale(): Promise<Locale> {
  const jar = await cookies();
  for (const name of [ADMIN_LOCALE_COOKIE, "NEXT_LOCALE"]) {
    const value = jar.get(name)?.value;
    if (isLocale(value)) return value;
  }
  const accept = (await headers()).get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.split(";")[0]!.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return routing.defaultLocale;
}
