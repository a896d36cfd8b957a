import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { LocaleSwitcher } from "./locale-switcher";

type Props = {
  /** The item's slug in each language it is published in, for pages whose slug differs. */
  slugs?: Partial<Record<Locale, string>>;
  route?: (slug: string) => string;
};

// Rendered per page by the header's @switcher slot, so the link to a translated item is its own
// address in the first HTML, with or without JavaScript.
export async function SiteLocaleSwitcher({ slugs, route }: Props) {
  const t = await getTranslations("LocaleSwitcher");
  const paths = slugs && route ? Object.fromEntries(Object.entries(slugs).map(([l, s]) => [l, route(s)])) : {};
  return <LocaleSwitcher label={t("label")} names={{ ru: { short: t("ruShort"), full: t("ru") }, en: { short: t("enShort"), full: t("en") } }} paths={paths} />;
}
