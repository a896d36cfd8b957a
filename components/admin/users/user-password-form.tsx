"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { resetUserPasswordAction } from "@/lib/actions/users";
import { FormHeader } from "../form-header";
import { primaryButton, SubmitButton } from "../save/submit-button";
import { PasswordFields } from "./fields";
import { useSaveForm } from "@/components/admin/save/use-save-form";

export function UserPasswordForm({ id, hasPassword }: { id: string; hasPassword: boolean }) {
  const t = useTranslations("AdminUsers");
  const { state, pending, onSubmit } = useSaveForm(resetUserPasswordAction);
  const form = useRef<HTMLFormElement>(null);
  // A password that was set must not linger in the page.
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="password-heading"
      className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-6"
    >
      <FormHeader id="password-heading" title={t("password.heading")} state={state} saved={state.ok ? t("password.saved") : null} />
      <p className="text-sm">{hasPassword ? t("password.hint") : t("password.none")}</p>
      <input type="hidden" name="id" value={id} />
      <PasswordFields idPrefix="user-reset" label={t("fields.newPassword")} state={state} />
      <SubmitButton pending={pending} label={t("password.submit")} pendingLabel={t("password.pending")} className={`self-start ${primaryButton}`} />
    </form>
  );
}
