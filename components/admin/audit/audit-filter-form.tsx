import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { actionLabel } from "./action-label";
import { auditEntityTypes, SCHEDULER_ACTOR, type AuditQuery } from "@/lib/zod/audit";
import { locales } from "@/i18n/routing";

type Props = { query: AuditQuery; actors: { id: string; name: string; email: string }[]; actions: string[] };

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
    <FilterForm
      action="/admin/audit"
      label={t("filters")}
      selects={[
        { id: "audit-actor", name: "actor", label: t("actor"), allLabel: t("allActors"), options: actorOptions },
        {
          id: "audit-entity",
          name: "entityType",
          label: t("entityType"),
          allLabel: t("allEntityTypes"),
          options: auditEntityTypes.map((e) => ({ value: e, label: t(`entityTypes.${e}`) })),
        },
        {
          id: "audit-action",
          name: "action",
          label: t("action"),
          allLabel: t("allActions"),
          options: actions.map((a) => ({ value: a, label: actionLabel(t, a) })),
        },
        {
          id: "audit-locale",
          name: "locale",
          label: t("locale"),
          allLabel: t("allLocales"),
          options: locales.map((l) => ({ value: l, label: t(`locales.${l}`) })),
        },
      ]}
      apply={t("apply")}
      reset={t("reset")}
      values={query}
    >
      {date("from")}
      {date("to")}
    </FilterForm>
  );
}
