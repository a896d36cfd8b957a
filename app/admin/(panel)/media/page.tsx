import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { MediaFilterForm } from "@/components/admin/media/media-filter-form";
import { MediaGrid } from "@/components/admin/media/media-grid";
import { MediaUploadForm } from "@/components/admin/media/media-upload-form";
import { VideoLinkForm } from "@/components/admin/media/video-link-form";
import { ListPagination } from "@/components/admin/users/list-pagination";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listMedia } from "@/lib/media/admin-queries";
import { parseMediaListQuery } from "@/lib/zod/media";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/admin/media">;

export async function generateMetadata() {
  return titleMetadata("AdminMedia.title");
}

export default async function MediaPage({ searchParams }: Props) {
  await requirePageUser("media.upload");
  const params = await searchParams;
  const query = parseMediaListQuery(params);
  const [t, list] = await Promise.all([getTranslations("AdminMedia"), listMedia(query)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      {params.deleted === "1" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("deleted")}
        </p>
      )}
      <MediaUploadForm />
      <VideoLinkForm />
      <LabelledSection id="media-list-heading" className="flex flex-col gap-4" heading="text-lg font-semibold" title={t("list.heading")}>
        <MediaFilterForm query={query} />
        <p className="text-sm text-slate-600" role="status">
          {t("list.count", { total: list.total })}
        </p>
        <MediaGrid items={list.items} />
        <ListPagination
          pathname="/admin/media"
          page={list.page}
          pageCount={list.pageCount}
          query={{ q: query.q, kind: query.kind, missingAlt: query.missingAlt }}
        />
      </LabelledSection>
    </div>
  );
}
