"use client";
import { useTranslations } from "next-intl";
import { BodyField, StatusField, TextBox, TextInput } from "@/components/admin/translation/fields";
import { LocaleHeader } from "@/components/admin/translation/locale-header";
import { SaveRow } from "@/components/admin/translation/save-row";
import { DraftNotice } from "@/components/admin/save/draft-notice";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { savePracticeTranslationAction } from "@/lib/actions/practices";
import type { AdminPracticeTranslation } from "@/lib/practices/admin-queries";
import { emptyRichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";
import { limits } from "@/lib/zod/translation";

type Props = {
  practiceId: string;
  locale: Locale;
  translation: AdminPracticeTranslation | null;
  canPublish: boolean;
  onBaseVersion: (version: unknown) => void;
};

// One locale of a practice, saved on its own with its own version.
export function PracticeTranslationForm({ practiceId, locale, translation, canPublish, onBaseVersion }: Props) {
  const t = useTranslations("AdminPractices");
  const tt = useTranslations("AdminTranslation");
  const { state, pending, onSubmit, errors, version, formRef, draft } = useSaveForm(savePracticeTranslationAction, {
    version: translation?.version ?? 0,
    draftKey: `practice-${practiceId}-${locale}`,
    // The first text save marks the practice as edited, which moves the shared fields' version.
    onSaved: (s) => onBaseVersion(s.data?.baseVersion),
  });
  const id = (field: string) => `practice-${locale}-${field}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <DraftNotice draft={draft} />
      <input type="hidden" name="practiceId" value={practiceId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={version} />
      <LocaleHeader status={translation?.status ?? null} state={translation?.state ?? "missing"} />
      <TextInput
        id={id("title")}
        name="title"
        label={t("fields.title")}
        defaultValue={translation?.title}
        maxLength={limits.title}
        required
        errors={errors("title")}
      />
      <TextInput
        id={id("slug")}
        name="slug"
        label={t("fields.slug")}
        defaultValue={translation?.slug}
        maxLength={limits.slug}
        required
        hint={t("slugNote")}
        errors={errors("slug")}
      />
      <TextBox
        id={id("summary")}
        name="summary"
        label={t("fields.summary")}
        defaultValue={translation?.summary}
        maxLength={limits.summary}
        errors={errors("summary")}
      />
      <BodyField id={id("body")} name="body" label={t("fields.body")} defaultValue={translation?.body ?? emptyRichText} errors={errors("body")} />
      <StatusField id={id("status")} current={translation?.status ?? null} canPublish={canPublish} errors={errors("status")} />
      <SaveRow state={state} pending={pending} label={tt("saveLocale", { locale: tt(`localeShort.${locale}`) })} />
    </form>
  );
}
