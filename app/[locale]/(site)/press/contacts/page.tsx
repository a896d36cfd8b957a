import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SitePageHeader } from "@/components/site-page-header";
import { resolvePageLocale } from "@/i18n/page-locale";
import { getContacts } from "@/lib/contacts/queries";
import { getPage } from "@/lib/pages/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";

type Props = PageProps<"/[locale]/press/contacts">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const page = await getPage(locale, routes.contacts);
  return pageMetadata(locale, samePath(routes.contacts), { title: page?.title, description: page?.description });
}

export default async function ContactsPage({ params }: Props) {
  const { locale } = await resolvePageLocale(params);
  const [t, nav, page, contacts] = await Promise.all([
    getTranslations("SiteFooter"),
    getTranslations("SiteNav"),
    getPage(locale, routes.contacts),
    getContacts(locale),
  ]);
  return (
    <div className="space-y-8">
      <SitePageHeader page={page} fallbackTitle={nav("sections.contacts")} />
      <ul className="grid gap-4 md:grid-cols-2">
        {contacts.map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-200 p-5">
            <h2 className="mb-2 text-lg font-semibold text-brand-900">{c.name}</h2>
            <address className="space-y-1 not-italic">
              <p>{c.address}</p>
              <p>
                {t("email")}:{" "}
                <a className="text-link" href={`mailto:${c.email}`}>
                  {c.email}
                </a>
              </p>
              <p>
                {t("phone")}:{" "}
                <a className="text-link" href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>
                  {c.phone}
                </a>
              </p>
            </address>
          </li>
        ))}
      </ul>
    </div>
  );
}
