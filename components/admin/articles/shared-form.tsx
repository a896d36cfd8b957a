"use client";
import { useTranslations } from "next-intl";
import { saveArticleSharedAction } from "@/lib/actions/articles";
import { articleKinds } from "@/lib/zod/article";
import type { ArticleEditorData } from "@/lib/articles/editor-data";
import { FormError, FieldErrors } from "../form-messages";
import { MediaField } from "../media/media-picker";
import { SaveButton } from "../save/save-button";
import { useSaveForm } from "../save/use-save-form";
import { Field, inputClass } from "../field";
import { SelectOptions } from "@/components/select-options";

// The article's shared fields as the editor loads them, and what the form adds.
type Props = Pick<ArticleEditorData, "version" | "kind" | "regionIds" | "cover" | "sourceName" | "sourceUrl"> & {
  articleId: string;
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
            <SelectOptions options={articleKinds.map((k) => ({ value: k, label: kinds(k) }))} />
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
        <div className="md:col-span-2">
          <SaveButton
            pending={pending}
            label={t("saveShared")}
            pendingLabel={t("saving")}
            status={state.ok ? t("saved", { version: state.version ?? p.version }) : ""}
          />
        </div>
      )}
    </form>
  );
}
