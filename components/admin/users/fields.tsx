"use client";
import { useTranslations } from "next-intl";
import { roles, type Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/actions/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/zod/users";
import { Field } from "../field";

const input = "rounded border border-slate-300 px-2 py-1.5";
type FieldProps = {
  id: string;
  name: string;
  label: string;
  state: FormState;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  maxLength?: number;
};

export function TextField({ id, name, label, state, type = "text", ...rest }: FieldProps) {
  const errors = state.fieldErrors?.[name];
  return (
    <Field id={id} label={label} errors={errors}>
      <input
        {...rest}
        id={id}
        name={name}
        type={type}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-errors`}
        className={input}
      />
    </Field>
  );
}

// One select for the role, each option saying what the role may do.
export function RoleField({ id, state, defaultValue, disabled }: { id: string; state: FormState; defaultValue: Role; disabled?: boolean }) {
  const t = useTranslations("AdminUsers");
  return (
    <Field id={id} label={t("fields.role")} errors={state.fieldErrors?.role}>
      <select id={id} name="role" defaultValue={defaultValue} disabled={disabled} aria-describedby={`${id}-errors`} className={`${input} bg-white`}>
        {roles.map((r) => (
          <option key={r} value={r}>{`${t(`roles.${r}`)} — ${t(`roleHints.${r}`)}`}</option>
        ))}
      </select>
      {/* A disabled select is not submitted; the hidden copy keeps the value in the form. */}
      {disabled && <input type="hidden" name="role" value={defaultValue} />}
    </Field>
  );
}

// A new password and its confirmation; the browser may offer to generate one.
export function PasswordFields({ idPrefix, label, state }: { idPrefix: string; label: string; state: FormState }) {
  const t = useTranslations("AdminUsers");
  return (
    <>
      <p id={`${idPrefix}-hint`} className="text-sm text-slate-600">
        {t("fields.passwordHint", { min: PASSWORD_MIN })}
      </p>
      <TextField id={`${idPrefix}-password`} name="password" type="password" label={label} state={state} autoComplete="new-password" maxLength={PASSWORD_MAX} />
      <TextField
        id={`${idPrefix}-confirm`}
        name="passwordConfirm"
        type="password"
        label={t("fields.passwordConfirm")}
        state={state}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
      />
    </>
  );
}
