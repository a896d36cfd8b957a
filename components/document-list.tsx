import { useLocale, useTranslations } from "next-intl";
import type { DocumentItem } from "@/lib/documents/queries";
import { fileTypeLabel, formatFileSize } from "@/lib/media/format";
import { LabelledSection } from "@/components/labelled-section";

// Downloadable files of a page: title, description, type and size, and a download link
// whose accessible name says which file it fetches.
export function DocumentList({ documents }: { documents: DocumentItem[] }) {
  const t = useTranslations("DocumentList");
  const locale = useLocale();
  return (
    <LabelledSection id="document-list" className="max-w-3xl" heading="mb-4 text-xl font-semibold text-brand-900" title={t("heading")}>
      {documents.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {documents.map((d) => {
            const meta = t("fileMeta", { type: fileTypeLabel(d.mimeType), size: formatFileSize(d.byteSize, locale) });
            return (
              <li key={d.id} className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <h3 className="font-semibold break-words text-brand-900">{d.title}</h3>
                  {d.description && <p className="text-slate-700">{d.description}</p>}
                  <p className="text-sm text-slate-600" data-testid="file-meta">
                    {meta}
                  </p>
                </div>
                <a
                  href={d.url}
                  download={d.fileName}
                  className="inline-flex shrink-0 items-center gap-1 self-start rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
                >
                  {t("download")}
                  <span className="sr-only">
                    : {d.title} ({meta})
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </LabelledSection>
  );
}
