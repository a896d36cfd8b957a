import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { can, type Permission } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { signOut } from "@/lib/actions/auth";
import { AdminLocaleSwitcher } from "./admin-locale-switcher";

type Item = { key: string; href: string; permission?: Permission };

// Sections a role cannot use are not shown; their pages and actions refuse it anyway.
const items: Item[] = [
  { key: "dashboard", href: "/admin" },
  { key: "articles", href: "/admin/articles" },
  // The site's structure: one permission for all of it.
  ...["pages", "regions", "people", "ratings", "practices", "documents", "gallery", "contacts"].map((key): Item => ({
    key,
    href: `/admin/${key}`,
    permission: "structure.edit",
  })),
  { key: "media", href: "/admin/media", permission: "media.upload" },
  { key: "users", href: "/admin/users", permission: "users.manage" },
  { key: "pressList", href: "/admin/press-list", permission: "content.publish" },
  { key: "jobs", href: "/admin/jobs", permission: "audit.read" },
  { key: "audit", href: "/admin/audit", permission: "audit.read" },
];

export async function AdminNav({ user }: { user: CurrentUser }) {
  const t = await getTranslations("AdminShell");
  return (
    <header className="border-b border-slate-200 bg-white md:min-h-screen md:w-56 md:shrink-0 md:border-r md:border-b-0">
      <a href="#main" className="sr-only focus:not-sr-only">
        {t("skip")}
      </a>
      <div className="flex flex-col gap-4 p-4">
        <p className="font-semibold text-brand-900">{t("title")}</p>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm md:flex-col">
            {items
              .filter((i) => !i.permission || can(user.role, i.permission))
              .map((i) => (
                <li key={i.key}>
                  <Link href={i.href} className="hover:underline">
                    {t(`nav.${i.key}` as never)}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 text-sm">
          <p>{t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</p>
          <Link href={getPathname({ locale: await getLocale(), href: "/" })} className="hover:underline">
            {t("viewSite")}
          </Link>
          <form action={signOut}>
            <button type="submit" className="hover:underline">
              {t("signOut")}
            </button>
          </form>
          <AdminLocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
