"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { addJournalistAction } from "@/lib/actions/press-list";
import { locales } from "@/i18n/routing";
import { FieldErrors, FormError } from "../form-messages";
import { inputClass } from "../field";

// An editor adds a journalist; the address gets a confirmation link and receives advance copies
// only once its owner has followed it.
export function AddJournalistForm() {
  const t = useTranslations("AdminPressList");
  const shell = useTranslations("AdminShell.locales");
  const [state, action, pending] = useActionState(addJournalistAction, initialFormState);
  const field = (name: "name" | "outlet" | "email", type = "text") => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`journalist-${name}`} className="text-sm font-medium">
        {t(`fields.${name}`)}
      </label>
      <input
        id={`journalist-${name}`}
        name={name}
        type={type}
        required={name !== "outlet"}
        aria-describedby={`journalist-${name}-error`}
        className={inputClass}
      />
      <FieldErrors id={`journalist-${name}-error`} errors={state.fieldErrors?.[name]} />
    </div>
  );
  return (
    <form action={action} className="grid max-w-3xl gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-2" aria-labelledby="add-journalist">
      <h2 id="add-journalist" className="text-lg font-semibold md:col-span-2">
        {t("add")}
      </h2>
      {field("name")}
      {field("outlet")}
      {field("email", "email")}
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("fields.locales")}</legend>
        <div className="flex gap-4">
          {locales.map((l) => (
            <label key={l} className="flex items-center gap-2">
              <input type="checkbox" name="locales" value={l} defaultChecked={l === "ru"} />
              {shell(l)}
            </label>
          ))}
        </div>
        <FieldErrors id="journalist-locales-error" errors={state.fieldErrors?.locales} />
      </fieldset>
      <div className="md:col-span-2">
        <FormError state={state} />
        {state.ok && (
          <p role="status" className="text-sm text-emerald-800">
            {t("added")}
          </p>
        )}
        <button type="submit" disabled={pending} className="mt-2 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800 disabled:opacity-60">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
