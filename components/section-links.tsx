import { useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import type { SectionLink } from "@/lib/pages/sections";

// An overview page's way into each of its sections.
export function SectionLinks({ sections }: { sections: SectionLink[] }) {
  const t = useTranslations("SectionLinks");
  if (sections.length === 0) return null;
  return (
    <nav aria-labelledby="section-links" className="space-y-3">
      <h2 id="section-links" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {sections.map((s) => (
          <li key={s.path} className="rounded-lg border border-slate-200 p-4 hover:border-brand-300">
            <Link href={s.path} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
              {s.title}
            </Link>
            {s.description && <p className="mt-1 text-sm text-slate-600">{s.description}</p>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
