"use client";
import type { FormEvent, ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/actions/form-state";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { RecordIdentity, SaveBar } from "./save-bar";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type Saved<T extends Record<string, string>> = { id: string; version: number; translations: Record<Locale, T> };

// A directory record's editor (contacts, documents, albums, people). A new record, once
// saved, goes on to its edit page under `listPath`.
export function useDirectoryForm<T extends Record<string, string>>(action: Action, record: Saved<T> | undefined, listPath: string) {
  const form = useSaveForm(action, { version: record?.version ?? 0, editPath: record ? undefined : (id) => `${listPath}/${id}` });
  // One language's input for a translated field: its name, saved value and errors.
  const translated = (locale: Locale, field: keyof T & string) => ({
    name: `${locale}.${field}`,
    defaultValue: record?.translations[locale][field],
    errors: form.errors(`translations.${locale}.${field}`),
  });
  return { ...form, recordId: record?.id, translated };
}

type Frame = { onSubmit: (event: FormEvent<HTMLFormElement>) => void; state: FormState; pending: boolean; version: number; recordId?: string };

export function DirectoryForm({ form, children }: { form: Frame; children: ReactNode }) {
  return (
    <form onSubmit={form.onSubmit} noValidate className="flex max-w-5xl flex-col gap-6">
      <RecordIdentity id={form.recordId} version={form.version} />
      {children}
      <SaveBar state={form.state} pending={form.pending} />
    </form>
  );
}

// The record's fields that are the same in every language.
export function SharedFields({ children }: { children: ReactNode }) {
  return <div className="grid grid-cols-1 gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-2">{children}</div>;
}
