import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/select-field";
import { actionLabel } from "./action-label";
import { auditEntityTypes, SCHEDULER_ACTOR, type AuditQuery } from "@/lib/zod/audit";
import { locales } from "@/i18n/routing";

type Props = { query: AuditQuery; actors: { id: string; name: string; email: string }[]; actions: string[] };

// A GET form, so a filtered view of the log is a URL that can be kept or sent on.
export async function AuditFilterForm({ query, actors, actions }: Props) {
  const t = await getTranslations("AdminAudit");
  const actorOptions = [{ value: SCHEDULER_ACTOR, label: t("scheduler") }, ...actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))];
  const date = (name: "from" | "to") => (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={`audit-${name}`}>{t(name)}</label>
      <input id={`audit-${name}`} name={name} type="date" defaultValue={query[name] ?? ""} className="rounded border border-slate-300 bg-white px-2 py-1.5" />
    </div>
  );
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label={t("filters")}
      className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <SelectField id="audit-actor" name="actor" label={t("actor")} value={query.actor} allLabel={t("allActors")} options={actorOptions} />
      <SelectField
        id="audit-entity"
        name="entityType"
        label={t("entityType")}
        value={query.entityType}
        allLabel={t("allEntityTypes")}
        options={auditEntityTypes.map((e) => ({ value: e, label: t(`entityTypes.${e}`) }))}
      />
      <SelectField
        id="audit-action"
        name="action"
        label={t("action")}
        value={query.action}
        allLabel={t("allActions")}
        options={actions.map((a) => ({ value: a, label: actionLabel(t, a) }))}
      />
      <SelectField
        id="audit-locale"
        name="locale"
        label={t("locale")}
        value={query.locale}
        allLabel={t("allLocales")}
        options={locales.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
      />
      {date("from")}
      {date("to")}
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
        {t("apply")}
      </button>
      <Link href="/admin/audit" className="py-1.5 text-sm text-brand-700 underline underline-offset-2">
        {t("reset")}
      </Link>
    </form>
  );
}
