import { useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import { siteMap } from "@/lib/site-map";
import { LabelledSection } from "@/components/labelled-section";

export function ProjectsTeaser() {
  const t = useTranslations("HomePage");
  const nav = useTranslations("SiteNav");
  const projects = siteMap.find((n) => n.key === "projects")?.children ?? [];
  return (
    <LabelledSection id="home-projects" heading="mb-4 text-2xl font-semibold text-brand-900" title={t("projects")}>
      <ul className="grid gap-3 sm:grid-cols-2">
        {projects.map((p) => (
          <li key={p.path}>
            <Link
              href={p.path}
              className="block h-full rounded-lg border border-slate-200 p-4 font-medium text-brand-900 hover:border-brand-600 hover:bg-brand-50"
            >
              {nav(`sections.${p.key}` as Parameters<typeof nav>[0])}
            </Link>
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
