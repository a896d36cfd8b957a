"use client";

import { useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { ImageAttributes } from "@/lib/media/variants";
import type { DownloadLink } from "./photo-download";

export type ViewerItem = {
  id: string;
  full: string;
  thumb: ImageAttributes;
  large: ImageAttributes;
  alt: string;
  caption: string;
  credit: string;
  counter: string;
  download: DownloadLink | null;
};
type Labels = { previous: string; next: string; close: string; openOriginal: string; hint: string };

// A grid of thumbnails, each a link to the full image (all there is without JavaScript),
// and a modal <dialog>: the browser focuses its first control (Close), keeps focus inside
// and closes it on Escape; arrow keys and buttons move between images, and on closing,
// focus goes to the thumbnail of the image last shown.
export function ImageViewer({ items, labels }: { items: ViewerItem[]; labels: Labels }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const [index, setIndex] = useState(0);
  const shown = useRef(0);
  const item = items[index]!;

  const show = (i: number) => {
    shown.current = (i + items.length) % items.length;
    setIndex(shown.current);
  };

  const open = (event: MouseEvent<HTMLAnchorElement>, i: number) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    show(i);
    dialog.current?.showModal();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      show(shown.current + (event.key === "ArrowRight" ? 1 : -1));
    }
  };

  const button = "rounded border border-slate-300 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50";
  return (
    <>
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
        {items.map((it, i) => (
          <li key={it.id} className="space-y-1">
            <a href={it.full} ref={(el) => void (links.current[i] = el)} onClick={(e) => open(e, i)} className="block overflow-hidden rounded">
              {/* eslint-disable-next-line @next/next/no-img-element -- pre-built variants, see components/media-image.tsx */}
              <img {...it.thumb} alt={it.alt} loading="lazy" decoding="async" className="aspect-[3/2] h-auto w-full object-cover transition hover:opacity-90" />
            </a>
            {it.caption && <p className="text-sm text-slate-600">{it.caption}</p>}
            {it.download && (
              <a href={it.download.href} download={it.download.name} className="text-xs text-link">
                {it.download.label}
              </a>
            )}
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        aria-labelledby="image-viewer-title"
        aria-describedby="image-viewer-hint"
        onKeyDown={onKeyDown}
        onClose={() => links.current[shown.current]?.focus()}
        onClick={(e) => e.target === e.currentTarget && dialog.current?.close()}
        className="m-auto max-h-[100dvh] w-full max-w-5xl overflow-auto rounded-lg bg-white p-0 backdrop:bg-slate-950/80"
      >
        <div className="space-y-3 p-4">
          <div className="flex items-center justify-between gap-4">
            <h2 id="image-viewer-title" className="text-base font-semibold text-brand-900" aria-live="polite">
              {item.counter}
            </h2>
            <button type="button" onClick={() => dialog.current?.close()} className={button}>
              {labels.close}
            </button>
          </div>
          <figure className="space-y-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- pre-built variants, see components/media-image.tsx */}
            <img key={item.id} {...item.large} alt={item.alt} loading="lazy" className="mx-auto h-auto max-h-[70dvh] w-auto max-w-full object-contain" />
            {(item.caption || item.credit) && (
              <figcaption className="text-sm text-slate-700">
                {item.caption} {item.credit && <span className="text-slate-600">{item.credit}</span>}
              </figcaption>
            )}
          </figure>
          <p id="image-viewer-hint" className="sr-only">
            {labels.hint}
          </p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <button type="button" onClick={() => show(shown.current - 1)} className={button}>
              {labels.previous}
            </button>
            <span className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <a href={item.full} className="text-link">
                {labels.openOriginal}
              </a>
              {item.download && (
                <a href={item.download.href} download={item.download.name} className="text-link">
                  {item.download.label}
                </a>
              )}
            </span>
            <button type="button" onClick={() => show(shown.current + 1)} className={button}>
              {labels.next}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
