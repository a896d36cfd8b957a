"use client";
import type { ReactNode } from "react";
import { FieldErrors } from "../form-messages";

// A labelled input with its errors announced and linked to it.
export function Field({
  id,
  label,
  errors,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  children: (props: { id: string; "aria-describedby": string; "aria-invalid": boolean }) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-describedby": `${id}-errors`, "aria-invalid": !!errors?.length })}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export const inputClass = "rounded border border-slate-300 bg-white px-2 py-1.5 aria-invalid:border-red-600";
