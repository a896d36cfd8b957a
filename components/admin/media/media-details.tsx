import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MediaForEdit } from "@/lib/media/admin-queries";
import { fileTypeLabel, formatFileSize } from "@/lib/media/format";

// Preview (or download link) and the facts of one media item.
export async function MediaDetails({ media }: { media: MediaForEdit }) {
  const t = await getTranslations("AdminMedia.edit");
  const tList = await getTranslations("AdminMedia.list");
  const format = await getFormatter();
  const locale = await getLocale();
  const alt = media.texts[locale === "en" ? "en" : "ru"].alt;
  const facts: [string, string][] = [
    [t("type"), media.kind === "video" ? tList("video") : fileTypeLabel(media.mimeType)],
    // A video hosted elsewhere has no file here, hence no size.
    ...(media.byteSize > 0 || media.kind !== "video" ? [[t("size"), formatFileSize(media.byteSize, locale)] as [string, string]] : []),
    ...(media.width && media.height ? [[t("dimensions"), t("dimensionsValue", { width: media.width, height: media.height })] as [string, string]] : []),
    [t("uploaded"), format.dateTime(media.createdAt, { dateStyle: "medium", timeStyle: "short" })],
    ...(media.createdBy ? [[t("by"), media.createdBy] as [string, string]] : []),
  ];
  return (
    <section aria-label={t("preview")} className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 text-sm">
      {media.previewUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a pre-built WebP variant
        <img src={media.previewUrl} alt={alt} className="max-h-96 w-auto self-start rounded bg-slate-100 object-contain" />
      )}
      {media.fileUrl && (
        <a href={media.fileUrl} className="self-start text-link">
          {t("download")}
        </a>
      )}
      <h2 className="text-lg font-semibold">{t("details")}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600">{term}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
