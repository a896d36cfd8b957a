"use client";
import { useTranslations } from "next-intl";
import { LocaleTextForm, ownTranslation } from "@/components/admin/translation/locale-text-form";
import { savePageTranslationAction } from "@/lib/actions/pages";
import type { AdminPageTranslation } from "@/lib/pages/admin-queries";
import type { Locale } from "@/i18n/routing";
import { limits } from "@/lib/zod/translation";

type Props = { pageId: string; locale: Locale; translation: AdminPageTranslation | null; canPublish: boolean };

// One locale of a page, saved on its own with its own version.
export function PageTranslationForm({ pageId, locale, translation, canPublish }: Props) {
  const t = useTranslations("AdminPages");
  return (
    <LocaleTextForm
      entity="page"
      ownerId={pageId}
      locale={locale}
      action={savePageTranslationAction}
      values={translation}
      fields={[
        { name: "title", label: t("fields.title"), maxLength: limits.title, required: true },
        { name: "description", label: t("fields.description"), kind: "box", maxLength: limits.description },
        { name: "body", label: t("fields.body"), kind: "body" },
      ]}
      {...ownTranslation(translation, canPublish)}
    />
  );
}
