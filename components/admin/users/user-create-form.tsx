"use client";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/users";
import { FormError } from "../form-messages";
import { primaryButton, SubmitButton } from "../save/submit-button";
import { PasswordFields, RoleField, TextField } from "./fields";
import { useSaveForm } from "@/components/admin/save/use-save-form";

export function UserCreateForm() {
  const t = useTranslations("AdminUsers");
  const { state, pending, onSubmit } = useSaveForm(createUserAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-lg flex-col gap-4 rounded border border-slate-200 bg-white p-6">
      <FormError state={state} />
      <TextField id="user-name" name="name" label={t("fields.name")} state={state} autoComplete="off" maxLength={120} />
      <TextField id="user-email" name="email" type="email" label={t("fields.email")} state={state} autoComplete="off" maxLength={254} />
      <RoleField id="user-role" state={state} defaultValue="author" />
      <PasswordFields idPrefix="user-new" label={t("fields.password")} state={state} />
      <SubmitButton pending={pending} label={t("create.submit")} pendingLabel={t("create.pending")} className={`self-start ${primaryButton}`} />
    </form>
  );
}
