import { useTranslations } from "next-intl";
import type { LocaleSummary, TranslationState } from "@/lib/translations/state";

// Usable from server lists and client editors alike (no hooks beyond next-intl's).

const stateStyle: Record<TranslationState, string> = {
  missing: "border-slate-300 bg-slate-100 text-slate-700",
  outdated: "border-amber-400 bg-amber-50 text-amber-900",
  current: "border-green-300 bg-green-50 text-green-800",
  present: "border-green-300 bg-green-50 text-green-800",
};

const badge = "inline-block rounded border px-1.5 py-0.5 text-xs whitespace-nowrap";

type Status = "draft" | "scheduled" | "published" | "withdrawn" | "unpublished";

export function StatusBadge({ status }: { status: string | null }) {
  const t = useTranslations("AdminTranslation");
  if (!status) return null;
  const style = status === "published" ? "border-brand-300 bg-brand-50 text-brand-900" : "border-slate-300 bg-white text-slate-700";
  return <span className={`${badge} ${style}`}>{t(`status.${status as Status}`)}</span>;
}

export function StateBadge({ state }: { state: TranslationState }) {
  const t = useTranslations("AdminTranslation");
  return (
    <span className={`${badge} ${stateStyle[state]}`} title={t(`stateHint.${state}`)}>
      {t(`state.${state}`)}
    </span>
  );
}

// A list cell: the translation's status (when it has one) and whether it is up to date.
export function LocaleSummaryCell({ summary }: { summary: LocaleSummary }) {
  return (
    <span className="flex flex-wrap gap-1">
      <StatusBadge status={summary.status} />
      <StateBadge state={summary.state} />
    </span>
  );
}
