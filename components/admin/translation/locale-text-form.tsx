"use client";
import { useTranslations } from "next-intl";
import { BodyField, StatusField, TextBox, TextInput } from "@/components/admin/translation/fields";
import { LocaleHeader } from "@/components/admin/translation/locale-header";
import { SaveRow } from "@/components/admin/translation/save-row";
import { DraftNotice } from "@/components/admin/save/draft-notice";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import type { FormState } from "@/lib/actions/form-state";
import { emptyRichText, type RichText } from "@/lib/rich-text/schema";
import type { TranslationState } from "@/lib/translations/state";
import type { Locale } from "@/i18n/routing";

// A line, a few lines, or a rich text; the name is the field's name in the entity's schema.
export type LocaleField = { name: string; label: string; kind?: "line" | "box" | "body"; maxLength?: number; required?: boolean; hint?: string };

type Props = {
  // Names the owner's field ("pageId"), the ids ("page-ru-title") and the browser's copy of unsaved typing.
  entity: "page" | "practice" | "region";
  ownerId: string;
  locale: Locale;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  values: Record<string, unknown> | null;
  fields: LocaleField[];
  header: { status: string | null; state: TranslationState };
  // Where the translation has its own publication state, the editor sets it here.
  publish?: { current: string | null; canPublish: boolean };
  // Either the translation's own version (followed by the form) or a token its parent moves.
  version: { own: number } | { shared: number };
  onSaved?: (state: FormState) => void;
};

type OwnTranslation = { version: number; status: string; state: TranslationState } | null;

// The header, status field and version of a translation published and versioned on its own.
export const ownTranslation = (translation: OwnTranslation, canPublish: boolean) => ({
  header: { status: translation?.status ?? null, state: translation?.state ?? "missing" },
  publish: { current: translation?.status ?? null, canPublish },
  version: { own: translation?.version ?? 0 },
});

// One locale of a translated record, saved on its own: pages, practices and regions alike.
export function LocaleTextForm({ entity, ownerId, locale, action, values, fields, header, publish, version, onSaved }: Props) {
  const tt = useTranslations("AdminTranslation");
  const own = "own" in version;
  const {
    state,
    pending,
    onSubmit,
    errors,
    version: saved,
    formRef,
    draft,
  } = useSaveForm(action, { version: own ? version.own : undefined, draftKey: own ? `${entity}-${ownerId}-${locale}` : undefined, onSaved });
  const id = (field: string) => `${entity}-${locale}-${field}`;
  const text = (name: string) => (typeof values?.[name] === "string" ? (values[name] as string) : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {own ? <DraftNotice draft={draft} /> : null}
      <input type="hidden" name={`${entity}Id`} value={ownerId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={own ? saved : version.shared} />
      <LocaleHeader status={header.status} state={header.state} />
      {fields.map(({ name, label, kind = "line", maxLength, required, hint }) => {
        const common = { id: id(name), name, label, errors: errors(name), hint };
        if (kind === "body") return <BodyField key={name} {...common} defaultValue={(values?.[name] as RichText | undefined) ?? emptyRichText} />;
        if (kind === "box") return <TextBox key={name} {...common} defaultValue={text(name)} maxLength={maxLength} />;
        return <TextInput key={name} {...common} defaultValue={text(name)} maxLength={maxLength} required={required} />;
      })}
      {publish ? <StatusField id={id("status")} current={publish.current} canPublish={publish.canPublish} errors={errors("status")} /> : null}
      <SaveRow state={state} pending={pending} label={tt("saveLocale", { locale: tt(`localeShort.${locale}`) })} />
    </form>
  );
}
