import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { CreateEditionForm } from "@/components/admin/ratings/create-edition-form";
import { RatingFilterForm } from "@/components/admin/ratings/rating-filter-form";
import { RatingProgramList } from "@/components/admin/ratings/rating-program-list";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listProgramOptions, listRatingPrograms } from "@/lib/ratings/admin-queries";
import { ratingListQuerySchema } from "@/lib/zod/ratings";

type Props = PageProps<"/admin/ratings">;

export async function generateMetadata() {
  return titleMetadata("AdminRatings.title");
}

export default async function RatingsPage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const parsed = ratingListQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : {};
  const locale = await getLocale();
  const [t, programs, options] = await Promise.all([getTranslations("AdminRatings"), listRatingPrograms(locale, query), listProgramOptions(locale)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <RatingFilterForm query={query} programs={options} />
      <RatingProgramList programs={programs} />
      <CreateEditionForm programs={options} />
    </div>
  );
}
