"use client";
import { useTranslations } from "next-intl";
import { saveArticleSharedAction } from "@/lib/actions/articles";
import { articleKinds } from "@/lib/zod/article";
import type { MediaFieldValue } from "@/lib/media/admin-queries";
import { FormError, FieldErrors } from "../form-messages";
import { MediaField } from "../media/media-picker";
import { useSaveForm } from "../save/use-save-form";
import { Field, inputClass } from "./field";

type Props = {
  articleId: string;
  version: number;
  kind: string;
  regionIds: string[];
  cover: MediaFieldValue | null;
  sourceName: string;
  sourceUrl: string;
  regions: { id: string; label: string }[];
  readOnly: boolean;
};

export function SharedForm(p: Props) {
  const t = useTranslations("AdminEditor");
  const kinds = useTranslations("AdminArticles.kinds");
  const { state, pending, onSubmit } = useSaveForm(saveArticleSharedAction, { version: p.version });
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" aria-busy={pending}>
      <input type="hidden" name="articleId" value={p.articleId} />
      <div className="md:col-span-2">
        <FormError state={state} />
      </div>
      <Field id="kind" label={t("kind")} errors={errors.kind}>
        {(a) => (
          <select {...a} name="kind" defaultValue={p.kind} className={inputClass} disabled={p.readOnly}>
            {articleKinds.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <MediaField name="coverId" label={t("cover")} defaultValue={p.cover} />
      <fieldset className="md:col-span-2">
        <legend className="text-sm">{t("regions")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 text-sm sm:grid-cols-3 lg:grid-cols-4">
          {p.regions.map((r) => (
            <label key={r.id} className="flex items-center gap-2">
              <input type="checkbox" name="regionIds" value={r.id} defaultChecked={p.regionIds.includes(r.id)} disabled={p.readOnly} />
              {r.label}
            </label>
          ))}
        </div>
        <FieldErrors id="regions-errors" errors={errors.regionIds} />
      </fieldset>
      <Field id="sourceName" label={t("sourceName")} errors={errors.sourceName}>
        {(a) => <input {...a} name="sourceName" defaultValue={p.sourceName} className={inputClass} readOnly={p.readOnly} />}
      </Field>
      <Field id="sourceUrl" label={t("sourceUrl")} errors={errors.sourceUrl}>
        {(a) => <input {...a} name="sourceUrl" type="url" defaultValue={p.sourceUrl} className={inputClass} readOnly={p.readOnly} />}
      </Field>
      {!p.readOnly && (
        <div className="flex items-center gap-3 md:col-span-2">
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? t("saving") : t("saveShared")}
          </button>
          <p role="status" className="text-sm text-slate-600">
            {state.ok ? t("saved", { version: state.version ?? p.version }) : ""}
          </p>
        </div>
      )}
    </form>
  );
}
