"use client";
import { useTranslations } from "next-intl";
import { LocaleTextForm, ownTranslation } from "@/components/admin/translation/locale-text-form";
import { savePracticeTranslationAction } from "@/lib/actions/practices";
import type { AdminPracticeTranslation } from "@/lib/practices/admin-queries";
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
  return (
    <LocaleTextForm
      entity="practice"
      ownerId={practiceId}
      locale={locale}
      action={savePracticeTranslationAction}
      values={translation}
      fields={[
        { name: "title", label: t("fields.title"), maxLength: limits.title, required: true },
        { name: "slug", label: t("fields.slug"), maxLength: limits.slug, required: true, hint: t("slugNote") },
        { name: "summary", label: t("fields.summary"), kind: "box", maxLength: limits.summary },
        { name: "body", label: t("fields.body"), kind: "body" },
      ]}
      {...ownTranslation(translation, canPublish)}
      // The first text save marks the practice as edited, which moves the shared fields' version.
      onSaved={(s) => onBaseVersion(s.data?.baseVersion)}
    />
  );
}
