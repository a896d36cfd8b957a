import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getContacts } from "@/lib/contacts/queries";
import { routes } from "@/lib/routes";
import { siteMap } from "@/lib/site-map";
import { LabelledSection } from "@/components/labelled-section";

export async function SiteFooter() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("SiteFooter");
  const nav = await getTranslations("SiteNav");
  const contacts = await getContacts(locale);
  return (
    <footer className="no-print mt-16 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-2">
        <LabelledSection id="footer-contacts" heading="mb-3 text-lg font-semibold text-white" title={t("contacts")}>
          <ul className="space-y-4">
            {contacts.map((c) => (
              <li key={c.id}>
                <p className="font-medium text-white">{c.name}</p>
                <address className="text-sm not-italic">
                  {c.address}
                  <br />
                  {t("email")}:{" "}
                  <a className="underline hover:text-white" href={`mailto:${c.email}`}>
                    {c.email}
                  </a>
                  <br />
                  {t("phone")}:{" "}
                  <a className="underline hover:text-white" href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>
                    {c.phone}
                  </a>
                </address>
              </li>
            ))}
          </ul>
        </LabelledSection>
        <nav aria-labelledby="footer-sections">
          <h2 id="footer-sections" className="mb-3 text-lg font-semibold text-white">
            {t("sections")}
          </h2>
          <ul className="grid grid-cols-2 gap-2 text-sm">
            {siteMap.map((node) => (
              <li key={node.path}>
                <Link className="underline-offset-2 hover:text-white hover:underline" href={node.path}>
                  {nav(`sections.${node.key}` as Parameters<typeof nav>[0])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-brand-800">
        <div className="mx-auto max-w-6xl px-4 py-4 text-xs text-brand-100">
          <p className="mb-2 text-sm">
            <Link className="underline underline-offset-2 hover:text-white" href={routes.alerts}>
              {t("alerts")}
            </Link>
          </p>
          <p>{t("rights", { year: new Date().getFullYear() })}</p>
          <p>{t("demoNotice")}</p>
        </div>
      </div>
    </footer>
  );
}
