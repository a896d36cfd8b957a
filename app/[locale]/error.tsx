"use client";

import { useTranslations } from "next-intl";

// Shown when a page cannot be rendered, almost always because the database is briefly
// away. The error itself is never shown: visitors get no stack traces or queries.
export default function ErrorPage() {
  const t = useTranslations("ErrorPage");
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      {/* A full reload asks the server again; re-rendering on the client alone would not. */}
      <button type="button" onClick={() => window.location.reload()} className="rounded bg-brand-800 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
