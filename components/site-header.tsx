import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routes } from "@/lib/routes";
import { siteMap, type SiteMapNode } from "@/lib/site-map";
import { LocaleSwitcher } from "./locale-switcher";
import { SiteNav, type NavItem } from "./site-nav";

export async function SiteHeader() {
  const t = await getTranslations("SiteHeader");
  const nav = await getTranslations("SiteNav");
  const ls = await getTranslations("LocaleSwitcher");
  const meta = await getTranslations("Metadata");
  const toItem = (node: SiteMapNode): NavItem => ({
    href: node.path,
    label: nav(`sections.${node.key}` as Parameters<typeof nav>[0]),
    children: node.children?.map(toItem),
  });
  const items = siteMap.map(toItem);
  return (
    <header className="no-print relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 md:gap-6">
        {/* Named by what it shows (WCAG 2.5.3), then where it leads. */}
        <Link href="/" className="flex items-center gap-3 text-brand-900">
          <span className="grid h-10 min-w-14 place-items-center rounded-md bg-brand-800 px-2 text-sm font-bold tracking-wide text-white">
            {meta("shortName")}
          </span>
          <span className="hidden max-w-48 text-sm leading-tight font-semibold sm:block">{t("tagline")}</span>
          <span className="sr-only">{t("home")}</span>
        </Link>
        <div className="ml-auto md:ml-0 md:flex-1">
          <SiteNav
            items={items}
            labels={{ nav: nav("label"), menu: nav("menu"), close: nav("closeMenu"), toggle: items.map((i) => nav("toggleSubmenu", { section: i.label })) }}
          />
        </div>
        <Link href={routes.search} className="grid h-10 w-10 shrink-0 place-items-center rounded-md text-brand-800 hover:bg-brand-50">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-4-4" />
          </svg>
          <span className="sr-only">{t("search")}</span>
        </Link>
        <div>
          <LocaleSwitcher label={ls("label")} names={{ ru: { short: ls("ruShort"), full: ls("ru") }, en: { short: ls("enShort"), full: ls("en") } }} />
        </div>
      </div>
    </header>
  );
}
