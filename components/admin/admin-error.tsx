"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

// The back office's error page. Production hides the error's message from the browser,
// so the health endpoint tells whether the database is the cause; the editor then reads
// that it is an outage that passes by itself rather than a fault in what they did.
export function AdminError() {
  const t = useTranslations("AdminErrorPage");
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/health", { cache: "no-store", signal: controller.signal })
      .then((response) => setDatabaseDown(response.status === 503))
      .catch(() => {});
    return () => controller.abort();
  }, []);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{databaseDown ? t("database") : t("other")}</p>
      <button type="button" onClick={() => window.location.reload()} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("retry")}
      </button>
    </div>
  );
}
