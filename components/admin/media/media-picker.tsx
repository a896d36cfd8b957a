"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { MediaFieldValue, PickerImage } from "@/lib/media/admin-queries";
import { usePickerResults } from "./use-picker-results";

export type PickedMedia = PickerImage;
type DialogProps = { open: boolean; onClose: () => void; onSelect: (media: PickedMedia) => void };

const btn = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-40";

// A modal <dialog>: the browser traps focus inside, closes it on Escape and returns focus
// to the button that opened it. It holds no <form>, since editors render it inside theirs.
export function MediaPickerDialog({ open, onClose, onSelect }: DialogProps) {
  const t = useTranslations("AdminMediaPicker");
  const locale = useLocale() === "en" ? "en" : "ru";
  const dialogRef = useRef<HTMLDialogElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [q, setQ] = useState("");
  const { result, failed, pending, load } = usePickerResults();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      searchRef.current?.focus();
      load(searchRef.current?.value ?? "", 1);
    } else if (!open && dialog.open) dialog.close();
  }, [open, load]);

  const page = result?.page ?? 1;
  const pageCount = result?.pageCount ?? 1;
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself.
      onClick={(e) => e.target === e.currentTarget && dialogRef.current?.close()}
      className="m-auto w-[min(56rem,95vw)] rounded border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-4 p-4">
        <div className="flex items-center justify-between gap-2">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <button type="button" className={btn} onClick={() => dialogRef.current?.close()}>
            {t("close")}
          </button>
        </div>
        <div role="search" className="flex flex-wrap items-end gap-2">
          <label htmlFor={`${id}-q`} className="flex grow flex-col gap-1 text-sm">
            {t("search")}
            <input
              ref={searchRef}
              id={`${id}-q`}
              type="search"
              value={q}
              maxLength={200}
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                // Enter would otherwise submit the editor's form around the dialog.
                if (e.key !== "Enter") return;
                e.preventDefault();
                load(q, 1);
              }}
              className="rounded border border-slate-300 px-2 py-1.5"
            />
          </label>
          <button type="button" className={btn} onClick={() => load(q, 1)}>
            {t("searchSubmit")}
          </button>
        </div>
        <p role="status" className="text-sm text-slate-600">
          {pending ? t("loading") : failed ? t("error") : result?.items.length === 0 ? t("empty") : ""}
        </p>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4" aria-busy={pending}>
          {result?.items.map((item) => {
            const alt = item.alt[locale] || item.alt[locale === "ru" ? "en" : "ru"];
            return (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => {
                    onSelect(item);
                    dialogRef.current?.close();
                  }}
                  aria-label={t("select", { alt: alt || t("untitled") })}
                  className="flex w-full flex-col gap-1 rounded border border-slate-200 p-1 text-left text-xs hover:border-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a pre-built WebP thumbnail */}
                  <img src={item.url} alt="" width={item.width} height={item.height} loading="lazy" className="aspect-[4/3] w-full bg-slate-100 object-cover" />
                  <span className="line-clamp-2">{alt || t("noAlt")}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {pageCount > 1 && (
          <div className="flex items-center gap-3 text-sm">
            <button type="button" className={btn} disabled={page <= 1 || pending} onClick={() => load(q, page - 1)}>
              {t("previous")}
            </button>
            <span>{t("page", { page, pageCount })}</span>
            <button type="button" className={btn} disabled={page >= pageCount || pending} onClick={() => load(q, page + 1)}>
              {t("next")}
            </button>
          </div>
        )}
        <a href="/admin/media" target="_blank" rel="noopener" className="text-sm text-link">
          {t("library")}
        </a>
      </div>
    </dialog>
  );
}

type FieldProps = { name: string; label: string; defaultValue: MediaFieldValue | null };

// A media id in a hidden input, chosen with the dialog above.
export function MediaField({ name, label, defaultValue }: FieldProps) {
  const t = useTranslations("AdminMediaPicker");
  const [value, setValue] = useState<MediaFieldValue | null>(defaultValue);
  const [open, setOpen] = useState(false);
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-3 text-sm">
      <legend className="px-1">{label}</legend>
      <input type="hidden" name={name} value={value?.id ?? ""} />
      {value ? (
        <div className="flex items-start gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a pre-built WebP thumbnail; its alt text is shown beside it */}
          <img src={value.url} alt="" className="h-20 w-28 rounded bg-slate-100 object-cover" />
          <div className="flex min-w-0 flex-col gap-1">
            <p className={value.alt.ru ? "" : "text-amber-800"}>{t("altRu", { alt: value.alt.ru || t("noAlt") })}</p>
            <p className={value.alt.en ? "" : "text-amber-800"}>{t("altEn", { alt: value.alt.en || t("noAlt") })}</p>
          </div>
        </div>
      ) : (
        <p className="text-slate-600">{t("none")}</p>
      )}
      <div className="flex gap-2">
        <button type="button" className={btn} onClick={() => setOpen(true)}>
          {t("choose")}
        </button>
        {value && (
          <button type="button" className={btn} onClick={() => setValue(null)}>
            {t("remove")}
          </button>
        )}
      </div>
      <MediaPickerDialog
        open={open}
        onClose={() => setOpen(false)}
        onSelect={(m) => {
          setValue({ id: m.id, url: m.url, alt: m.alt });
          setOpen(false);
        }}
      />
    </fieldset>
  );
}
