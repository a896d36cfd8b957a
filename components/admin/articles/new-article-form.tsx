"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createArticleAction } from "@/lib/actions/articles";
import { initialFormState } from "@/lib/actions/form-state";
import { articleKinds } from "@/lib/zod/article";
import { FormError } from "../form-messages";
import { Field, inputClass } from "../field";
import { SelectOptions } from "@/components/select-options";

export function NewArticleForm({ defaultLocale }: { defaultLocale: "ru" | "en" }) {
  const t = useTranslations("AdminArticles");
  const shell = useTranslations("AdminShell");
  const [state, action, pending] = useActionState(createArticleAction, initialFormState);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-3">
      <FormError state={state} />
      <Field id="title" label={t("create.heading")} errors={state.fieldErrors?.title}>
        {(a) => <input {...a} name="title" required className={inputClass} />}
      </Field>
      <Field id="locale" label={t("create.locale")}>
        {(a) => (
          <select {...a} name="locale" defaultValue={defaultLocale} className={inputClass}>
            <option value="ru">{shell("locales.ru")}</option>
            <option value="en">{shell("locales.en")}</option>
          </select>
        )}
      </Field>
      <Field id="kind" label={t("kind")}>
        {(a) => (
          <select {...a} name="kind" defaultValue="news" className={inputClass}>
            <SelectOptions options={articleKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} className="w-fit rounded bg-brand-700 px-4 py-2 text-white disabled:opacity-60">
        {t("create.submit")}
      </button>
    </form>
  );
}
