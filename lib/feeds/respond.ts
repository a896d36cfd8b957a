import "server-only";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/site-url";
import { RSS_CONTENT_TYPE } from "./build";

// Absolute, locale-prefixed URL of a path from lib/routes, as feed readers need.
export const absoluteUrl = (locale: Locale, path: string) => siteUrl() + getPathname({ locale, href: path });

export const rssResponse = (xml: string) => new Response(xml, { headers: { "Content-Type": RSS_CONTENT_TYPE } });
