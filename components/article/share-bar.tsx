"use client";

import { useState } from "react";

// A client component so that the page's payload carries the address, the title and the labels
// once; the share addresses, with the title percent-encoded in each, are drawn from them.
export type ShareLabels = Record<"title" | "copy" | "copied" | "email" | "telegram" | "vk" | "print" | "newWindow", string>;

const control = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-brand-50";

export function ShareBar({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const [copied, setCopied] = useState(false);
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const external = [
    { name: "telegram", href: `https://t.me/share/url?url=${u}&text=${text}`, label: labels.telegram },
    { name: "vk", href: `https://vk.com/share.php?url=${u}&title=${text}`, label: labels.vk },
  ];
  return (
    <section aria-label={labels.title} className="no-print flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{labels.title}</h2>
      <button
        type="button"
        className={control}
        onClick={async () => {
          await navigator.clipboard.writeText(url);
          setCopied(true);
        }}
      >
        {labels.copy}
      </button>
      <span role="status" className="text-sm text-accent-600">
        {copied ? labels.copied : ""}
      </span>
      <a className={control} href={`mailto:?subject=${text}&body=${u}`}>
        {labels.email}
      </a>
      {external.map((l) => (
        <a key={l.name} className={control} href={l.href} target="_blank" rel="noopener noreferrer">
          {l.label}
          <span className="sr-only"> {labels.newWindow}</span>
        </a>
      ))}
      <button type="button" onClick={() => window.print()} className={control}>
        {labels.print}
      </button>
    </section>
  );
}
