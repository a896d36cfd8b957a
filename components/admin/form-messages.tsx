"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

// Errors come from the server as AdminErrors keys; unknown keys fall back to a generic text.
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const t = useTranslations("AdminErrors");
  if (!errors?.length) return <span id={id} hidden />;
  return (
    <span id={id} className="text-sm text-red-700" role="alert">
      {errors.map((key) => (t.has(key as never) ? t(key as never) : t("invalid"))).join(" ")}
    </span>
  );
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// A colleague's save time arrives as an instant and is said in the back office's language
// and the site's time zone, the same way on every form.
export function FormError({ state }: { state: FormState }) {
  const t = useTranslations("AdminErrors");
  const format = useFormatter();
  if (!state.error) return null;
  const key = state.error as never;
  const values = Object.fromEntries(
    Object.entries(state.errorValues ?? {}).map(([k, v]) => [
      k,
      typeof v === "string" && ISO_TIME.test(v) ? format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short" }) : v,
    ]),
  );
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {t.has(key) ? t(key, values as never) : t("unexpected")}
    </p>
  );
}
