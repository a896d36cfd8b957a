"use client";
import { useTranslations } from "next-intl";
import { BodyField, StatusField, TextBox, TextInput } from "@/components/admin/translation/fields";
import { LocaleHeader } from "@/components/admin/translation/locale-header";
import { SaveRow } from "@/components/admin/translation/save-row";
import { DraftNotice } from "@/components/admin/save/draft-notice";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { savePageTranslationAction } from "@/lib/actions/pages";
import type { AdminPageTranslation } from "@/lib/pages/admin-queries";
import { emptyRichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";
import { limits } from "@/lib/zod/translation";

type Props = { pageId: string; locale: Locale; translation: AdminPageTranslation | null; canPublish: boolean };

// One locale of a page, saved on its own with its own version.
export function PageTranslationForm({ pageId, locale, translation, canPublish }: Props) {
  const t = useTranslations("AdminPages");
  const tt = useTranslations("AdminTranslation");
  const { state, pending, onSubmit, errors, version, formRef, draft } = useSaveForm(savePageTranslationAction, {
    version: translation?.version ?? 0,
    draftKey: `page-${pageId}-${locale}`,
  });
  const id = (field: string) => `page-${locale}-${field}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <DraftNotice draft={draft} />
      <input type="hidden" name="pageId" value={pageId} />
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
      <TextBox
        id={id("description")}
        name="description"
        label={t("fields.description")}
        defaultValue={translation?.description}
        maxLength={limits.description}
        errors={errors("description")}
      />
      <BodyField id={id("body")} name="body" label={t("fields.body")} defaultValue={translation?.body ?? emptyRichText} errors={errors("body")} />
      <StatusField id={id("status")} current={translation?.status ?? null} canPublish={canPublish} errors={errors("status")} />
      <SaveRow state={state} pending={pending} label={tt("saveLocale", { locale: tt(`localeShort.${locale}`) })} />
    </form>
  );
}
