"use client";

import { useState } from "react";

export function CopyLinkButton({ url, label, done }: { url: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-brand-50"
        onClick={async () => {
          await navigator.clipboard.writeText(url);
          setCopied(true);
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-accent-600">
        {copied ? done : ""}
      </span>
    </>
  );
}
