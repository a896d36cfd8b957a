import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { getEmptyBoardPaths } from "@/lib/people/queries";
import { routes } from "@/lib/routes";
import { siteMap, type SiteMapNode } from "@/lib/site-map";
import { A11yPanel, A11yToggle, type A11yLabels } from "./a11y-controls";
import { LocaleSwitcher } from "./locale-switcher";
import { SiteNav, type NavItem } from "./site-nav";

export async function SiteHeader() {
  const t = await getTranslations("SiteHeader");
  const nav = await getTranslations("SiteNav");
  const ls = await getTranslations("LocaleSwitcher");
  const meta = await getTranslations("Metadata");
  const a11y = await getTranslations("A11y");
  const a11yLabels: A11yLabels = {
    on: a11y("on"),
    off: a11y("off"),
    panel: a11y("panel"),
    groups: { size: a11y("groups.size"), scheme: a11y("groups.scheme"), images: a11y("groups.images"), spacing: a11y("groups.spacing") },
    options: {
      size: { "100": a11y("options.size.100"), "150": a11y("options.size.150"), "200": a11y("options.size.200") },
      scheme: { bw: a11y("options.scheme.bw"), wb: a11y("options.scheme.wb"), blue: a11y("options.scheme.blue") },
      images: { on: a11y("options.images.on"), off: a11y("options.images.off") },
      spacing: { normal: a11y("options.spacing.normal"), wide: a11y("options.spacing.wide") },
    },
  };
  // Boards without members yet stay out of the menu until they have some.
  const empty = new Set(await getEmptyBoardPaths());
  const toItem = (node: SiteMapNode): NavItem => {
    const item: NavItem = { href: node.path, label: nav(`sections.${node.key}` as Parameters<typeof nav>[0]) };
    // Left out rather than undefined, which the page's payload would spell out for every leaf.
    if (node.children) item.children = node.children.filter((c) => !empty.has(c.path)).map(toItem);
    return item;
  };
  const items = siteMap.map(toItem);
  return (
    <header className="no-print relative border-b border-slate-200 bg-white">
      <A11yPanel labels={a11yLabels} />
      {/* Where Russian public sites keep it: a strip above the header, on every page. */}
      <div className="a11y-off-only border-b border-slate-100 bg-slate-50">
        <div className="mx-auto flex max-w-6xl justify-end px-4">
          <A11yToggle label={a11yLabels.on} />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3 menu:gap-6">
        {/* Named by what it shows (WCAG 2.5.3), then where it leads. */}
        <Link href="/" className="flex items-center gap-3 text-brand-900">
          <span className="grid h-10 min-w-14 place-items-center rounded-md bg-brand-800 px-2 text-sm font-bold tracking-wide text-white">
            {meta("shortName")}
          </span>
          <span className="hidden max-w-48 text-sm leading-tight font-semibold sm:block">{t("tagline")}</span>
          <span className="sr-only">{t("home")}</span>
        </Link>
        <div className="ml-auto menu:ml-0 menu:flex-1">
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
