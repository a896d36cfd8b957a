"use client";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { setUserActiveAction } from "@/lib/actions/users";
import { FormHeader } from "../form-header";
import { SubmitButton } from "../save/submit-button";
import { useSaveForm } from "@/components/admin/save/use-save-form";

type Props = { id: string; name: string; active: boolean; sessionCount: number; isSelf: boolean };

export function UserAccessForm({ id, name, active, sessionCount, isSelf }: Props) {
  const t = useTranslations("AdminUsers");
  const { state, pending, onSubmit } = useSaveForm(setUserActiveAction);
  // Deactivation signs the user out everywhere at once, so it asks first.
  const confirmFirst = (event: FormEvent<HTMLFormElement>) => {
    if (active && !window.confirm(t("access.confirmDeactivate", { name }))) return event.preventDefault();
    onSubmit(event);
  };
  const done = state.ok ? (state.data?.active ? t("access.activated") : t("access.deactivated")) : null;
  return (
    <form onSubmit={confirmFirst} aria-labelledby="access-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-6">
      <FormHeader id="access-heading" title={t("access.heading")} state={state} saved={done} />
      <p className="text-sm">{active ? t("access.active", { count: sessionCount }) : t("access.inactive")}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {!(active && isSelf) && (
        <SubmitButton
          pending={pending}
          label={active ? t("access.deactivate") : t("access.activate")}
          pendingLabel={t("access.pending")}
          className={`self-start rounded px-4 py-2 font-medium disabled:opacity-60 ${active ? "border border-red-700 text-red-800 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800"}`}
        />
      )}
    </form>
  );
}
