import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getContacts } from "@/lib/contacts/queries";
import { siteMap } from "@/lib/site-map";
import { SiteFooterView } from "./site-footer-view";

export async function SiteFooter() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("SiteFooter");
  const nav = await getTranslations("SiteNav");
  const contacts = await getContacts(locale);
  return (
    <SiteFooterView
      contacts={contacts.map(({ id, name, address, email, phone }) => ({ id, name, address, email, phone }))}
      sections={siteMap.map((node) => ({ path: node.path, label: nav(`sections.${node.key}` as Parameters<typeof nav>[0]) }))}
      labels={{
        contacts: t("contacts"),
        email: t("email"),
        phone: t("phone"),
        sections: t("sections"),
        alerts: t("alerts"),
        rights: t("rights", { year: new Date().getFullYear() }),
        demoNotice: t("demoNotice"),
      }}
    />
  );
}
