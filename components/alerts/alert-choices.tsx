import { useTranslations } from "next-intl";

export type RegionOption = { id: string; name: string };
type Choices = { scope: string; frequency: string; regionIds: string[] };

// The choices of a subscription, shared by the sign-up form and the settings page: what (all
// news or press releases), which regions (none ticked: all), how often.
export function AlertChoicesFields({ regions, value }: { regions: RegionOption[]; value: Choices }) {
  const t = useTranslations("Alerts.choices");
  return (
    <>
      <RadioGroup name="scope" legend={t("scope")} value={value.scope} options={(["all", "press"] as const).map((o) => [o, t(`scopes.${o}`)])} />
      <fieldset className="space-y-2">
        <legend className="font-semibold text-brand-900">{t("regions")}</legend>
        <p className="text-sm text-slate-600">{t("regionsHint")}</p>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
          {regions.map((r) => (
            <label key={r.id} className="flex items-start gap-2">
              <input type="checkbox" name="regionIds" value={r.id} defaultChecked={value.regionIds.includes(r.id)} className="mt-1 h-4 w-4 accent-brand-800" />
              {r.name}
            </label>
          ))}
        </div>
      </fieldset>
      <RadioGroup
        name="frequency"
        legend={t("frequency")}
        value={value.frequency}
        options={(["immediate", "weekly"] as const).map((o) => [o, t(`frequencies.${o}`)])}
      />
    </>
  );
}

function RadioGroup({ name, legend, value, options }: { name: string; legend: string; value: string; options: [string, string][] }) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold text-brand-900">{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option} className="flex items-center gap-2">
          <input type="radio" name={name} value={option} defaultChecked={value === option} className="h-4 w-4 accent-brand-800" required />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
