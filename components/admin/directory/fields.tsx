"use client";
import type { ReactNode } from "react";
import { FieldErrors } from "@/components/admin/form-messages";
import { SelectOptions } from "@/components/select-options";

type Common = { name: string; label: string; errors?: string[]; hint?: ReactNode };

const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
const inputClass = "rounded border border-slate-300 px-2 py-1.5 aria-invalid:border-red-600";

function Frame({
  name,
  label,
  errors,
  hint,
  children,
}: Common & { children: (props: { id: string; "aria-describedby": string; "aria-invalid": boolean }) => ReactNode }) {
  const id = fieldId(name);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({ id, "aria-describedby": `${id}-errors`, "aria-invalid": !!errors?.length })}
      {hint ? <span className="text-xs text-slate-600">{hint}</span> : null}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function TextField(
  props: Common & {
    defaultValue?: string | number;
    type?: "text" | "email" | "tel" | "number" | "date";
    maxLength?: number;
    required?: boolean;
    lang?: string;
  },
) {
  const { name, defaultValue, type = "text", maxLength, required, lang } = props;
  return (
    <Frame {...props}>
      {(a) => (
        <input
          {...a}
          name={name}
          type={type}
          defaultValue={defaultValue}
          maxLength={maxLength}
          required={required}
          lang={lang}
          min={type === "number" ? 0 : undefined}
          className={inputClass}
        />
      )}
    </Frame>
  );
}

// A record's place in its list on the site (smaller first); a new record starts at 0.
export function PositionField(props: Omit<Common, "name"> & { defaultValue?: number }) {
  return <TextField {...props} name="position" type="number" defaultValue={props.defaultValue ?? 0} />;
}

export function TextArea(props: Common & { defaultValue?: string; rows?: number; maxLength?: number; lang?: string }) {
  const { name, defaultValue, rows = 4, maxLength, lang } = props;
  return (
    <Frame {...props}>
      {(a) => <textarea {...a} name={name} defaultValue={defaultValue} rows={rows} maxLength={maxLength} lang={lang} className={inputClass} />}
    </Frame>
  );
}

export function SelectField(props: Common & { defaultValue?: string; options: { value: string; label: string }[] }) {
  const { name, defaultValue, options } = props;
  return (
    <Frame {...props}>
      {(a) => (
        <select {...a} name={name} defaultValue={defaultValue} className={inputClass}>
          <SelectOptions options={options} />
        </select>
      )}
    </Frame>
  );
}
