"use client";
import { useTranslations } from "next-intl";
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

// Values arrive ready to read: a colleague's save time is already said in the back office's
// language and the site's time zone (lib/actions/settle.ts).
export function FormError({ state }: { state: FormState }) {
  const t = useTranslations("AdminErrors");
  if (!state.error) return null;
  const key = state.error as never;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {t.has(key) ? t(key, (state.errorValues ?? {}) as never) : t("unexpected")}
    </p>
  );
}
