"use client";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/roles";
import { updateUserAction } from "@/lib/actions/users";
import { FormHeader } from "../form-header";
import { primaryButton, SubmitButton } from "../save/submit-button";
import { RoleField, TextField } from "./fields";
import { useSaveForm } from "@/components/admin/save/use-save-form";

type Props = { id: string; name: string; email: string; role: Role; updatedAt: string; isSelf: boolean };

// updatedAt comes from the page: after any successful change the page is rendered again
// and the next save names the state it now starts from; a refused save leaves it as it was.
export function UserProfileForm({ id, name, email, role, updatedAt, isSelf }: Props) {
  const t = useTranslations("AdminUsers");
  const { state, pending, onSubmit } = useSaveForm(updateUserAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-heading" className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-6">
      <FormHeader id="profile-heading" title={t("profile.heading")} state={state} saved={state.ok ? t("profile.saved") : null} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <p className="text-sm">
        <span className="text-slate-600">{t("fields.email")}:</span> {email}
      </p>
      <TextField id="profile-name" name="name" label={t("fields.name")} state={state} defaultValue={name} autoComplete="off" maxLength={120} />
      <RoleField id="profile-role" state={state} defaultValue={role} disabled={isSelf} />
      <SubmitButton pending={pending} label={t("profile.submit")} pendingLabel={t("profile.pending")} className={`self-start ${primaryButton}`} />
    </form>
  );
}
