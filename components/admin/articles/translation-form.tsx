"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveArticleTextAction } from "@/lib/actions/articles";
import type { EditorTranslation } from "@/lib/articles/editor-data";
import { transliterateSlug } from "@/lib/slug";
import { FieldErrors, FormError } from "../form-messages";
import { RichTextEditor } from "../rich-text-editor";
import type { VideoOption } from "../rich-text/toolbar";
import { DraftNotice } from "../save/draft-notice";
import { useSaveForm } from "../save/use-save-form";
import { ChangeKind } from "./change-kind";
import { Field, inputClass } from "../field";

type Props = { articleId: string; locale: "ru" | "en"; translation: EditorTranslation | null; videos: VideoOption[]; readOnly: boolean };

// One language's text. Saves on its own, naming the version it started from.
export function TranslationForm({ articleId, locale, translation, videos, readOnly }: Props) {
  const t = useTranslations("AdminEditor");
  const [saves, setSaves] = useState(0);
  const { state, version, pending, onSubmit, formRef, draft } = useSaveForm(saveArticleTextAction, {
    version: translation?.version ?? 0,
    draftKey: `article-${articleId}-${locale}`,
    onSaved: () => setSaves((n) => n + 1),
  });
  const [title, setTitle] = useState(translation?.title ?? "");
  const [slug, setSlug] = useState(translation?.slug ?? "");
  const [dirty, setDirty] = useState(false);
  const id = (f: string) => `${f}-${locale}`;
  const errors = state.fieldErrors ?? {};
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        onSubmit(e);
        setDirty(false);
      }}
      onChange={() => setDirty(true)}
      lang={locale}
      className="flex flex-col gap-3"
      aria-busy={pending}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="locale" value={locale} />
      <DraftNotice draft={draft} />
      {!translation && <p className="rounded bg-slate-100 p-2 text-sm">{t("missingTranslation")}</p>}
      <FormError state={state} />
      {state.error === "conflict" && (
        // A new tab, so what was typed here stays while the colleague's version is compared.
        <Link href={`/admin/articles/${articleId}/history?locale=${locale}`} target="_blank" className="text-sm underline">
          {t("compare")}
        </Link>
      )}
      <Field id={id("title")} label={t("title")} errors={errors.title}>
        {(a) => <input {...a} name="title" value={title} onChange={(e) => setTitle(e.target.value)} className={`${inputClass} text-lg`} readOnly={readOnly} />}
      </Field>
      <Field id={id("slug")} label={t("slug")} errors={errors.slug}>
        {(a) => (
          <div className="flex gap-2">
            <input {...a} name="slug" value={slug} onChange={(e) => setSlug(e.target.value)} className={`${inputClass} flex-1 font-mono`} readOnly={readOnly} />
            <button
              type="button"
              className="rounded border border-slate-300 px-2 text-sm"
              onClick={() => {
                setSlug(transliterateSlug(title));
                setDirty(true);
              }}
            >
              {t("slugFromTitle")}
            </button>
          </div>
        )}
      </Field>
      <Field id={id("lead")} label={t("lead")} errors={errors.lead}>
        {(a) => <textarea {...a} name="lead" defaultValue={translation?.lead ?? ""} rows={3} className={inputClass} readOnly={readOnly} />}
      </Field>
      <RichTextEditor
        id={id("body")}
        name="body"
        label={t("body")}
        defaultValue={translation?.body ?? { type: "doc", content: [] }}
        videos={videos}
        describedBy={`${id("body")}-errors`}
        onChange={() => setDirty(true)}
      />
      <FieldErrors id={`${id("body")}-errors`} errors={errors.body} />
      <Field id={id("author")} label={t("author")} errors={errors.author}>
        {(a) => <input {...a} name="author" defaultValue={translation?.author ?? ""} className={inputClass} readOnly={readOnly} />}
      </Field>
      <Field id={id("seo")} label={t("seoDescription")} errors={errors.seoDescription}>
        {(a) => <textarea {...a} name="seoDescription" defaultValue={translation?.seoDescription ?? ""} rows={2} className={inputClass} readOnly={readOnly} />}
      </Field>
      {translation?.status === "published" && !readOnly && <ChangeKind key={saves} locale={locale} errors={errors.updateNote} />}
      <div className="flex flex-wrap items-center gap-3">
        {!readOnly && (
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? t("saving") : translation || version ? t("save") : t("createTranslation")}
          </button>
        )}
        <p role="status" className="text-sm text-slate-600">
          {pending ? t("saving") : dirty ? t("unsaved") : state.ok ? t("saved", { version }) : ""}
        </p>
      </div>
    </form>
  );
}
