"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldErrors } from "@/components/admin/form-messages";
import { RichTextEditor } from "@/components/admin/rich-text-editor";
import type { RichText } from "@/lib/rich-text/schema";
import { editableStatuses } from "@/lib/zod/translation";
import { SelectOptions } from "@/components/select-options";

// Fields of the per-locale forms. Ids carry the locale, since both columns share field names.

type Common = { id: string; name: string; label: string; errors?: string[]; hint?: ReactNode };
const inputClass = "rounded border border-slate-300 px-2 py-1.5 aria-invalid:border-red-600";

// A label above its control, then the hint and the errors the control is described by.
export function LabelledField({ id, label, errors, hint, children }: Omit<Common, "name"> & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </span>
      ) : null}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

const described = (id: string, hint?: ReactNode) => (hint ? `${id}-hint ${id}-errors` : `${id}-errors`);

type Text = Common & { defaultValue?: string; maxLength?: number };

// What a text input and a text box share: the value, its limit, and the ties to label, hint and errors.
const textProps = ({ id, name, defaultValue, maxLength, errors, hint }: Text) => ({
  id,
  name,
  defaultValue,
  maxLength,
  "aria-invalid": !!errors?.length,
  "aria-describedby": described(id, hint),
  className: inputClass,
});

export function TextInput(props: Text & { required?: boolean; inputMode?: "text" | "url" }) {
  return (
    <LabelledField {...props}>
      <input {...textProps(props)} required={props.required} />
    </LabelledField>
  );
}

export function TextBox(props: Text & { rows?: number }) {
  return (
    <LabelledField {...props}>
      <textarea {...textProps(props)} rows={props.rows ?? 3} />
    </LabelledField>
  );
}

export function BodyField({ id, name, label, defaultValue, errors }: Common & { defaultValue: RichText }) {
  return (
    <div className="flex flex-col gap-1">
      <RichTextEditor id={id} name={name} label={label} defaultValue={defaultValue} describedBy={`${id}-errors`} />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

// Draft or published. Without content.publish the status is shown but kept as it is.
export function StatusField({ id, current, canPublish, errors }: { id: string; current: string | null; canPublish: boolean; errors?: string[] }) {
  const t = useTranslations("AdminTranslation");
  const value = editableStatuses.find((s) => s === current) ?? "draft";
  return (
    <LabelledField id={id} label={t("statusField")} errors={errors} hint={canPublish ? t("publishNote") : t("statusLocked")}>
      <select
        id={id}
        name={canPublish ? "status" : undefined}
        defaultValue={value}
        disabled={!canPublish}
        aria-describedby={described(id, true)}
        className={inputClass}
      >
        <SelectOptions options={editableStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </select>
      {canPublish ? null : <input type="hidden" name="status" value={value} />}
    </LabelledField>
  );
}

// A multi-select as checkboxes: every option visible, each with its own label.
export function CheckboxGroup({
  id,
  name,
  legend,
  options,
  defaultValue,
  errors,
}: {
  id: string;
  name: string;
  legend: string;
  options: { id: string; name: string }[];
  defaultValue: string[];
  errors?: string[];
}) {
  return (
    <fieldset className="flex flex-col gap-2 text-sm" aria-describedby={`${id}-errors`}>
      <legend className="font-medium">{legend}</legend>
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.id} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.id} defaultChecked={defaultValue.includes(o.id)} />
            {o.name}
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </fieldset>
  );
}
