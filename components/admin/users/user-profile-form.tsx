"use client";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/roles";
import { updateUserAction } from "@/lib/actions/users";
import { FormError } from "../form-messages";
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
      <h2 id="profile-heading" className="text-lg font-semibold">
        {t("profile.heading")}
      </h2>
      <FormError state={state} />
      {state.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("profile.saved")}
        </p>
      )}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <p className="text-sm">
        <span className="text-slate-600">{t("fields.email")}:</span> {email}
      </p>
      <TextField id="profile-name" name="name" label={t("fields.name")} state={state} defaultValue={name} autoComplete="off" maxLength={120} />
      <RoleField id="profile-role" state={state} defaultValue={role} disabled={isSelf} />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("profile.pending") : t("profile.submit")}
      </button>
    </form>
  );
}
