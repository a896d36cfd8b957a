import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import type { ReactNode } from "react";
import { ArticleTable } from "@/components/admin/articles/article-table";
import { actionLabel, entityHref } from "@/components/admin/audit/action-label";
import { getDashboard } from "@/lib/articles/dashboard";
import { requirePageUser } from "@/lib/auth/page-guard";

type Props = PageProps<"/admin">;

export async function generateMetadata() {
  return titleMetadata("AdminDashboard.title");
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const [t, shell, audit, format, data, { denied }] = await Promise.all([
    getTranslations("AdminDashboard"),
    getTranslations("AdminShell"),
    getTranslations("AdminAudit"),
    getFormatter(),
    getDashboard(user.id),
    searchParams,
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "");
  const list = (items: { id: string; title: string; locale: string; at: Date | null }[]) =>
    items.length ? (
      <ul className="space-y-1 text-sm">
        {items.map((i) => (
          <li key={`${i.id}-${i.locale}`}>
            <Link href={`/admin/articles/${i.id}`} className="text-brand-700 underline">
              {i.title}
            </Link>{" "}
            <span className="text-slate-500">
              ({i.locale.toUpperCase()}, {when(i.at)})
            </span>
          </li>
        ))}
      </ul>
    ) : (
      <p className="text-sm text-slate-600">{t("none")}</p>
    );
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      {denied && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          {shell("denied")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title={t("myDrafts")}>{list(data.drafts)}</Panel>
        <Panel title={t("scheduled")}>{list(data.scheduled)}</Panel>
      </div>
      <Panel title={t("translations")}>{data.translations.length ? <ArticleTable rows={data.translations} /> : <p className="text-sm">{t("none")}</p>}</Panel>
      <Panel title={t("recent")}>
        {data.recent.length === 0 && <p className="text-sm text-slate-600">{t("none")}</p>}
        <ul className="space-y-1 text-sm">
          {data.recent.map((e) => {
            const href = entityHref(e.entityType, e.entityId);
            const label = actionLabel(audit as never, e.action);
            return (
              <li key={e.id}>
                {when(e.at)} · {e.actor ?? audit("scheduler" as never)} ·{" "}
                {href ? (
                  <Link href={href} className="underline">
                    {label}
                  </Link>
                ) : (
                  label
                )}
                {e.locale ? ` (${e.locale.toUpperCase()})` : ""}
              </li>
            );
          })}
        </ul>
      </Panel>
    </div>
  );
}
