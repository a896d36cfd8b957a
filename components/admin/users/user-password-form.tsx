"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { resetUserPasswordAction } from "@/lib/actions/users";
import { FormError } from "../form-messages";
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
      <h2 id="password-heading" className="text-lg font-semibold">
        {t("password.heading")}
      </h2>
      <FormError state={state} />
      {state.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("password.saved")}
        </p>
      )}
      <p className="text-sm">{hasPassword ? t("password.hint") : t("password.none")}</p>
      <input type="hidden" name="id" value={id} />
      <PasswordFields idPrefix="user-reset" label={t("fields.newPassword")} state={state} />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("password.pending") : t("password.submit")}
      </button>
    </form>
  );
}
