"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signIn } from "@/lib/actions/auth";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldErrors, FormError } from "./form-messages";
import { SubmitButton } from "./save/submit-button";

export function SignInForm() {
  const t = useTranslations("AdminSignIn");
  const [state, action, pending] = useActionState(signIn, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <FormError state={state} />
      <label className="flex flex-col gap-1 text-sm">
        {t("email")}
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={typeof state.data?.email === "string" ? state.data.email : ""}
          key={String(state.data?.email ?? "")}
          className="rounded border border-slate-300 px-2 py-1.5"
          aria-describedby="email-errors"
        />
        <FieldErrors id="email-errors" errors={state.fieldErrors?.email} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="rounded border border-slate-300 px-2 py-1.5"
          aria-describedby="password-errors"
        />
        <FieldErrors id="password-errors" errors={state.fieldErrors?.password} />
      </label>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
