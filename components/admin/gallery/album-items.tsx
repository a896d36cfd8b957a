"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrors } from "@/components/admin/form-messages";
import { MediaPickerDialog, type PickedMedia } from "@/components/admin/media/media-picker";
import type { AlbumItemView } from "@/lib/gallery/admin-queries";
import { VideoSelect, type VideoOption } from "../media/video-select";
import { LabelledSection } from "@/components/labelled-section";

const buttonClass = "rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40";

// The album's photos and videos in display order. Each row posts its media id as "items",
// so the order on screen is the order saved; up and down move a row, remove drops it.
export function AlbumItems({ initial, videos, errors }: { initial: AlbumItemView[]; videos: VideoOption[]; errors?: string[] }) {
  const t = useTranslations("AdminGallery");
  const locale = useLocale() === "en" ? "en" : "ru";
  const [items, setItems] = useState(initial);
  const [picking, setPicking] = useState(false);

  const move = (from: number, to: number) =>
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      return next;
    });
  const add = (m: PickedMedia) =>
    setItems((list) =>
      list.some((i) => i.id === m.id) ? list : [...list, { id: m.id, kind: "image", url: m.url, label: m.alt[locale] || m.alt.ru || m.alt.en }],
    );

  return (
    <LabelledSection
      id="album-items"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 text-sm"
      heading="font-semibold text-brand-900"
      title={t("items")}
    >
      {items.length === 0 ? <p className="text-slate-600">{t("noItems")}</p> : null}
      <ol className="flex flex-col gap-2">
        {items.map((item, i) => (
          <li key={item.id} className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-2">
            <input type="hidden" name="items" value={item.id} />
            <span className="w-8 text-right tabular-nums text-slate-600">{i + 1}.</span>
            {item.url ? (
              // eslint-disable-next-line @next/next/no-img-element -- a pre-built WebP thumbnail; its text is shown beside it
              <img src={item.url} alt="" className="h-16 w-24 rounded bg-slate-100 object-cover" />
            ) : (
              <span className="flex h-16 w-24 items-center justify-center rounded bg-slate-100 text-xs text-slate-600">{t(`kind.${item.kind}`)}</span>
            )}
            <span className="min-w-0 flex-1 basis-40 break-words">{item.label || t("untitled")}</span>
            <span className="flex gap-2">
              <button type="button" className={buttonClass} onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t("moveUp", { n: i + 1 })}>
                ↑
              </button>
              <button
                type="button"
                className={buttonClass}
                onClick={() => move(i, i + 1)}
                disabled={i === items.length - 1}
                aria-label={t("moveDown", { n: i + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className={buttonClass}
                onClick={() => setItems((list) => list.filter((x) => x.id !== item.id))}
                aria-label={t("removeItem", { n: i + 1 })}
              >
                {t("remove")}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="rounded border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50" onClick={() => setPicking(true)}>
          {t("addItem")}
        </button>
        <VideoSelect
          label={t("addVideo")}
          videos={videos}
          className="rounded border border-slate-300 px-2 py-1.5"
          onPick={(v) => setItems((list) => (list.some((i) => i.id === v.id) ? list : [...list, { id: v.id, kind: "video", url: null, label: v.label }]))}
        />
      </div>
      <FieldErrors id="items-errors" errors={errors} />
      <MediaPickerDialog
        open={picking}
        onClose={() => setPicking(false)}
        onSelect={(m) => {
          add(m);
          setPicking(false);
        }}
      />
    </LabelledSection>
  );
}
