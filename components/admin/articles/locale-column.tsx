import { getTranslations } from "next-intl/server";
import type { ArticleEditorData } from "@/lib/articles/editor-data";
import { getPathname } from "@/i18n/navigation";
import { routes } from "@/lib/routes";
import { DiffView } from "../diff-view";
import { VersionScope } from "../version-scope";
import { OutreachPanel } from "./outreach-panel";
import { PublicationPanel } from "./publication-panel";
import { TranslationForm } from "./translation-form";
import type { VideoOption } from "../rich-text/toolbar";

type Props = { data: ArticleEditorData; locale: "ru" | "en"; canPublish: boolean; videos: VideoOption[] };

const badge = { missing: "bg-red-100 text-red-800", outdated: "bg-amber-100 text-amber-900", current: "bg-green-100 text-green-800" };

export async function LocaleColumn({ data, locale, canPublish, videos }: Props) {
  const [t, shell, st, h] = await Promise.all([
    getTranslations("AdminEditor"),
    getTranslations("AdminShell"),
    getTranslations("AdminStatus"),
    getTranslations("AdminHistory"),
  ]);
  const tr = data.translations[locale];
  const state = data.states[locale];
  const visible = tr && (tr.status === "published" || tr.status === "withdrawn");
  return (
    <section aria-labelledby={`col-${locale}`} className="flex min-w-0 flex-col gap-3 rounded border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-center gap-2">
        <h2 id={`col-${locale}`} className="text-lg font-semibold" lang={locale}>
          {shell(`locales.${locale}`)}
        </h2>
        <span className={`rounded px-2 py-0.5 text-xs ${badge[state]}`}>{st(`translation.${state}`)}</span>
        {tr && <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{st(`status.${tr.status}` as never)}</span>}
        <span className="ml-auto flex gap-3 text-sm">
          {tr && (
            <a href={getPathname({ locale, href: routes.articlePreview(data.id) })} target="_blank" rel="noopener" className="underline">
              {t("preview")}
            </a>
          )}
          {visible && (
            <a href={getPathname({ locale, href: routes.article(tr.slug) })} target="_blank" rel="noopener" className="underline">
              {t("viewLive")}
            </a>
          )}
          <a href={`/admin/articles/${data.id}/history?locale=${locale}`} className="underline">
            {t("history")}
          </a>
        </span>
      </header>
      {state === "outdated" && (
        <details className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <summary>
            {t("outdated")} {t("showChanges")}
          </summary>
          <div className="mt-2">
            <DiffView diffs={data.changes[locale]} fieldLabel={(f) => h(`fields.${f}` as never)} />
          </div>
        </details>
      )}
      <VersionScope initial={tr?.version ?? 0}>
        <TranslationForm articleId={data.id} locale={locale} translation={tr} videos={videos} readOnly={!!visible && !canPublish} />
        {tr && <PublicationPanel articleId={data.id} locale={locale} translation={tr} canPublish={canPublish} isPressRelease={data.kind === "press_release"} />}
      </VersionScope>
      {tr && canPublish && <OutreachPanel articleId={data.id} locale={locale} version={tr.version} isPressRelease={data.kind === "press_release"} />}
    </section>
  );
}
