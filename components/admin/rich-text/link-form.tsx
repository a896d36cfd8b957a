"use client";
import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SAFE_HREF } from "@/lib/rich-text/href";

// An inline field rather than window.prompt: the address is checked before it is applied.
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const t = useTranslations("AdminRichText");
  const [href, setHref] = useState<string>(editor.getAttributes("link").href ?? "");
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    const value = href.trim();
    if (value === "") editor.chain().focus().extendMarkRange("link").unsetLink().run();
    else if (!SAFE_HREF.test(value)) return setInvalid(true);
    else editor.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
    onDone();
  };
  return (
    <div className="flex w-full items-center gap-2 p-1">
      <label className="flex flex-1 items-center gap-2 text-sm">
        {t("linkAddress")}
        <input
          autoFocus
          value={href}
          aria-invalid={invalid}
          onChange={(e) => {
            setHref(e.target.value);
            setInvalid(false);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            }
            if (e.key === "Escape") onDone();
          }}
          className="flex-1 rounded border border-slate-300 px-2 py-1"
          placeholder="https://"
        />
      </label>
      <button type="button" className="rounded bg-brand-700 px-2 py-1 text-sm text-white" onClick={apply}>
        {t("applyLink")}
      </button>
      {invalid && (
        <span role="alert" className="text-sm text-red-700">
          {t("badLink")}
        </span>
      )}
    </div>
  );
}
