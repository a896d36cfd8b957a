import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { RestoreButton } from "@/components/admin/articles/restore-button";
import { DiffView } from "@/components/admin/diff-view";
import { getArticleForEditor } from "@/lib/articles/editor-data";
import { textFields } from "@/lib/articles/snapshot";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import type { FieldDiff } from "@/lib/history/diff";
import { listRevisions } from "@/lib/history/revisions";

type Props = PageProps<"/admin/articles/[id]/history">;

const translationFields = [...textFields, "status", "scheduledAt", "withdrawnNotice", "redirectTo"] as const;
const sharedFields = ["kind", "regionIds", "coverId", "sourceName", "sourceUrl"] as const;

export async function generateMetadata() {
  return titleMetadata("AdminEditor.history");
}

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  const user = await requirePageUser("content.write");
  const { id } = await params;
  const raw = (await searchParams).locale;
  const locale = raw === "ru" || raw === "en" ? raw : null;
  const data = await getArticleForEditor(id);
  if (!data) notFound();
  const [t, shell, st, format] = await Promise.all([
    getTranslations("AdminHistory"),
    getTranslations("AdminShell"),
    getTranslations("AdminStatus"),
    getFormatter(),
  ]);
  // Status values are stored as keys; show them in the back office's language.
  const statusWord = (word: string) => (st.has(`status.${word.trim()}` as never) ? st(`status.${word.trim()}` as never) : word);
  const readable = (diffs: FieldDiff[]) =>
    diffs.map((d) => (d.field === "status" ? { ...d, parts: d.parts.map((p) => ({ ...p, value: statusWord(p.value) })) } : d));
  const revisions = await listRevisions("article", id, locale, locale ? translationFields : sharedFields);
  const currentVersion = locale ? data.translations[locale]?.version : data.version;
  const title = data.translations.ru?.title || data.translations.en?.title || "";
  const tab = (l: "ru" | "en" | null, label: string) => (
    <Link
      href={`/admin/articles/${id}/history${l ? `?locale=${l}` : ""}`}
      aria-current={l === locale ? "page" : undefined}
      className="rounded px-2 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
    >
      {label}
    </Link>
  );
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title", { title })}</h1>
      <nav className="flex gap-2 text-sm">
        {tab("ru", shell("locales.ru"))}
        {tab("en", shell("locales.en"))}
        {tab(null, t("shared"))}
      </nav>
      <Link href={`/admin/articles/${id}`} className="text-sm underline">
        {t("back")}
      </Link>
      {revisions.length === 0 && <p className="text-sm text-slate-600">{t("empty")}</p>}
      <ol className="flex flex-col gap-3">
        {revisions.map((r, i) => (
          <li key={r.id} className="rounded border border-slate-200 bg-white p-3">
            <p className="text-sm font-medium">
              {t("version", { version: r.version })} ·{" "}
              {t("by", { name: r.author ?? t("scheduler"), time: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium" }) })}
              {i === 0 && ` · ${t("current")}`}
            </p>
            {r.diffs.length ? (
              <DiffView diffs={readable(r.diffs)} fieldLabel={(f) => t(`fields.${f}` as never)} />
            ) : (
              <p className="text-sm text-slate-600">{t("noChanges")}</p>
            )}
            {i > 0 && currentVersion !== undefined && can(user.role, "content.publish") && <RestoreButton revisionId={r.id} currentVersion={currentVersion} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
