import { cookies, headers } from "next/headers";
import { isLocale, routing, type Locale } from "./routing";

export const ADMIN_LOCALE_COOKIE = "ADMIN_LOCALE";

// The back office's language: the editor's explicit choice, else the browser's first
// preference among ours. Reading the public site in the other language does not change it.
export async function adminLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const accept = (await headers()).get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.split(";")[0]!.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return routing.defaultLocale;
}
