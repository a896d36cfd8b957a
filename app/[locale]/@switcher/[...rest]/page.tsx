import { SiteLocaleSwitcher } from "@/components/site-locale-switcher";
import { resolvePageLocale } from "@/i18n/page-locale";

// Every page whose path is the same in both languages.
export default async function Switcher({ params }: PageProps<"/[locale]/[...rest]">) {
  await resolvePageLocale(params);
  return <SiteLocaleSwitcher />;
}
