import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { MediaListItem } from "@/lib/media/admin-queries";
import { fileTypeLabel, formatFileSize } from "@/lib/media/format";
import { locales } from "@/i18n/routing";

export async function MediaGrid({ items }: { items: MediaListItem[] }) {
  const t = await getTranslations("AdminMedia.list");
  const locale = await getLocale();
  if (items.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
      {items.map((item) => {
        // A video without a file (a recording hosted elsewhere) has no file name: its title is
        // kept as the alternative text, so that names it, in the UI's language first.
        const other = locale === "en" ? "ru" : "en";
        const name = item.originalName || (item.kind !== "image" && (item.alt[locale === "en" ? "en" : "ru"] || item.alt[other])) || t("unnamed");
        const type = item.kind === "video" ? t("video") : fileTypeLabel(item.mimeType);
        const missing = item.kind === "image" ? locales.filter((l) => !item.alt[l]) : [];
        return (
          <li key={item.id} className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-2 text-sm">
            {item.thumbUrl ? (
              // The link below names the file; the thumbnail adds nothing for a screen reader.
              // eslint-disable-next-line @next/next/no-img-element -- a pre-built WebP thumbnail
              <img src={item.thumbUrl} alt="" loading="lazy" className="aspect-[4/3] w-full rounded bg-slate-100 object-cover" />
            ) : (
              <span className="flex aspect-[4/3] w-full items-center justify-center rounded bg-slate-100 font-semibold text-slate-600">
                {item.kind === "image" ? t("noThumb") : type}
              </span>
            )}
            <Link href={`/admin/media/${item.id}`} aria-label={t("edit", { name })} className="break-all text-link">
              {name}
            </Link>
            <span className="text-xs text-slate-600">
              {type}
              {item.byteSize > 0 || item.kind !== "video" ? `, ${formatFileSize(item.byteSize, locale)}` : ""}
              {item.width && item.height ? `, ${item.width}×${item.height}` : ""}
            </span>
            {missing.length > 0 && (
              <span className="flex flex-wrap gap-1">
                {missing.map((l) => (
                  <span key={l} className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                    {t("noAlt", { locale: l.toUpperCase() })}
                  </span>
                ))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
