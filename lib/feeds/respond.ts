import "server-only";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site-url";
import { RSS_CONTENT_TYPE } from "./build";

// Absolute, locale-prefixed URL of a path from lib/routes, as feed readers need.
export const absoluteUrl = (locale: Locale, path: string) => siteUrl() + getPathname({ locale, href: path });

// An article's public address, as messages and pings carry it.
export const articleAddress = (locale: Locale, slug: string) => absoluteUrl(locale, routes.article(slug));

export const rssResponse = (xml: string) => new Response(xml, { headers: { "Content-Type": RSS_CONTENT_TYPE } });
