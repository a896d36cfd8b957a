import { useFormatter } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PracticeCard as PracticeCardData } from "@/lib/practices/queries";
import { routes } from "@/lib/routes";

export function PracticeCard({ practice, headingLevel = 3, showRegion = true }: { practice: PracticeCardData; headingLevel?: 2 | 3; showRegion?: boolean }) {
  const format = useFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full w-full flex-col gap-2 rounded-lg border border-slate-200 p-4">
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
        {showRegion && (
          <Link href={routes.region(practice.region.slug)} className="text-brand-700 underline underline-offset-2">
            {practice.region.name}
          </Link>
        )}
        <time dateTime={practice.publishedAt}>{format.dateTime(new Date(practice.publishedAt), { dateStyle: "long" })}</time>
      </p>
      <Heading className="text-lg leading-snug font-semibold text-brand-900">
        <Link href={routes.practice(practice.slug)} className="hover:underline">
          {practice.title}
        </Link>
      </Heading>
      <p className="text-slate-700">{practice.summary}</p>
      {practice.topics.length > 0 && (
        <ul className="mt-auto flex flex-wrap gap-1">
          {practice.topics.map((topic) => (
            <li key={topic.slug} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
              {topic.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
