import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

// The answer of an alerts form: its error, or what happens next.
export function AlertFormStatus({ state, done }: { state: FormState; done: string }) {
  const t = useTranslations("Alerts.errors");
  if (state.ok)
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
        {done}
      </p>
    );
  const key = (state.error ?? Object.values(state.fieldErrors ?? {})[0]?.[0]) as never;
  if (!key) return <p role="status" className="sr-only" />;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
      {t.has(key) ? t(key, (state.errorValues ?? {}) as never) : t("invalid")}
    </p>
  );
}
