"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-800 px-4 py-2 text-white">{t("retry")}</button>
    </div>
  );
}
