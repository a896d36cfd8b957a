import { CardTags, CardTitle, LongDate } from "@/components/card-parts";
import { Link } from "@/i18n/link";
import type { PracticeCard as PracticeCardData } from "@/lib/practices/queries";
import { routes } from "@/lib/routes";

export function PracticeCard({ practice, headingLevel = 3, showRegion = true }: { practice: PracticeCardData; headingLevel?: 2 | 3; showRegion?: boolean }) {
  return (
    <article className="flex h-full w-full flex-col gap-2 rounded-lg border border-slate-200 p-4">
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
        {showRegion && (
          <Link href={routes.region(practice.region.slug)} className="text-link">
            {practice.region.name}
          </Link>
        )}
        <LongDate value={practice.publishedAt} />
      </p>
      <CardTitle href={routes.practice(practice.slug)} level={headingLevel}>
        {practice.title}
      </CardTitle>
      <p className="text-slate-700">{practice.summary}</p>
      <CardTags tags={practice.topics} />
    </article>
  );
}
