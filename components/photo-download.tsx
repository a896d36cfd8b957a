import { useLocale, useTranslations } from "next-intl";
import { fileTypeLabel, formatFileSize } from "@/lib/media/format";
import type { MediaImageData, OriginalDownload } from "@/lib/media/variants";

export type DownloadLink = { href: string; name: string; label: string };

const link = "text-link";

type LabelValues = { type: string; width: number; height: number; size: string };

// "Download original (JPEG, 2400×1600, 1.2 MB)", as a link whose file keeps a readable name;
// `label` is the page's translation of Photos.original.
export function originalDownload(original: OriginalDownload | null, name: string, locale: string, label: (v: LabelValues) => string): DownloadLink | null {
  if (!original) return null;
  const values = { type: fileTypeLabel(original.mimeType), width: original.width, height: original.height, size: formatFileSize(original.byteSize, locale) };
  return { href: original.url, name, label: label(values) };
}

export function DownloadOriginal({ download, credit }: { download: DownloadLink; credit: string }) {
  const t = useTranslations("Photos");
  return (
    <p className="text-sm text-slate-600">
      <a href={download.href} download={download.name} className={link}>
        {download.label}
      </a>
      {credit && <> · {t("credit", { credit })}</>}
    </p>
  );
}

// The whole set in one archive, with the terms every photo may be published on.
export function PhotoArchive({ href, photos }: { href: string; photos: MediaImageData[] }) {
  const t = useTranslations("Photos");
  const locale = useLocale();
  const originals = photos.flatMap((p) => p.original ?? []);
  const count = originals.length;
  const byteSize = originals.reduce((sum, o) => sum + o.byteSize, 0);
  return (
    <div className="space-y-1 rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
      {count > 0 && (
        <p>
          <a href={href} download className={`${link} font-medium`}>
            {t("all", { count, size: formatFileSize(byteSize, locale) })}
          </a>
        </p>
      )}
      <p>{t("terms")}</p>
    </div>
  );
}
