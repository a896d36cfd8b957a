import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EditionEditor } from "@/components/admin/ratings/edition-editor";
import { getPathname } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getRatingEditionForEdit, listRegionOptions } from "@/lib/ratings/admin-queries";
import { routes } from "@/lib/routes";

type Props = PageProps<"/admin/ratings/[editionId]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser("structure.edit");
  const edition = await getRatingEditionForEdit((await params).editionId, await getLocale());
  if (!edition) return {};
  return { title: (await getTranslations("AdminRatings"))("edition.title", { program: edition.program.title, year: edition.year }) };
}

export default async function RatingEditionPage({ params }: Props) {
  const user = await requirePageUser("structure.edit");
  const { editionId } = await params;
  const locale = await getLocale();
  const [t, edition, regions] = await Promise.all([getTranslations("AdminRatings"), getRatingEditionForEdit(editionId, locale), listRegionOptions(locale)]);
  if (!edition) notFound();
  const publicHref = getPathname({ locale, href: routes.ratingEdition(edition.program.key, edition.year) });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/ratings" className="text-sm text-link">
          {t("edition.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold text-brand-900">{t("edition.title", { program: edition.program.title, year: edition.year })}</h1>
      {(edition.isDemo || edition.program.isDemo) && (
        <p role="note" className="rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm text-amber-950">
          {t("edition.demo")}
        </p>
      )}
      {edition.status === "published" && (
        <p>
          <a href={publicHref} className="text-sm text-link">
            {t("edition.viewPublic")}
          </a>
        </p>
      )}
      <EditionEditor
        edition={edition}
        regions={regions}
        canPublish={can(user.role, "content.publish")}
        templateHref={`/admin/ratings/${encodeURIComponent(edition.id)}/csv-template`}
      />
    </div>
  );
}
