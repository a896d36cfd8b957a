"use client";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { useVersion } from "@/components/admin/version-scope";
import type { AdminPractice, PracticeOptions } from "@/lib/practices/admin-queries";
import { PracticeSharedForm } from "./practice-shared-form";
import { PracticeTranslationForm } from "./practice-translation-form";

type Props = { practice: AdminPractice; options: PracticeOptions; canPublish: boolean };

// Shared fields on top, then Russian and English side by side; each part saves on its own.
export function PracticeEditor({ practice, options, canPublish }: Props) {
  const [baseVersion, advanceBase] = useVersion(practice.version);
  return (
    <div className="flex flex-col gap-6">
      <PracticeSharedForm practice={practice} options={options} version={baseVersion} onSaved={(s) => advanceBase(s.version)} />
      <LocaleColumns>
        {(locale) => (
          <PracticeTranslationForm
            practiceId={practice.id}
            locale={locale}
            translation={practice.translations[locale]}
            canPublish={canPublish}
            onBaseVersion={advanceBase}
          />
        )}
      </LocaleColumns>
    </div>
  );
}
