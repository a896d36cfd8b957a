"use client";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import type { AdminPage } from "@/lib/pages/admin-queries";
import { PageTranslationForm } from "./page-translation-form";

// Russian and English side by side; the path is fixed by the site map, so only texts change.
export function PageEditor({ page, canPublish }: { page: AdminPage; canPublish: boolean }) {
  return (
    <LocaleColumns>
      {(locale) => <PageTranslationForm pageId={page.id} locale={locale} translation={page.translations[locale]} canPublish={canPublish} />}
    </LocaleColumns>
  );
}
