import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { catalogs } from "@/messages/catalog";
import { adminLocale } from "./admin-locale";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Public pages carry the locale in the URL; the back office (/admin) has none and
  // follows the editor's choice instead.
  const locale = hasLocale(routing.locales, requested) ? requested : requested === undefined ? await adminLocale() : routing.defaultLocale;
  return { locale, messages: catalogs[locale], timeZone: "Europe/Moscow" };
});
