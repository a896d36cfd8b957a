"use client";
import type { ReactNode } from "react";
import { FieldErrors } from "./form-messages";

type ControlProps = { id: string; "aria-describedby": string; "aria-invalid": boolean };

// A labelled control with its errors announced below it. Given a function, the field hands
// the control the attributes that link it to its label and errors.
export function Field({
  id,
  label,
  errors,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  children: ReactNode | ((props: ControlProps) => ReactNode);
}) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      {typeof children === "function" ? children({ id, "aria-describedby": `${id}-errors`, "aria-invalid": !!errors?.length }) : children}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export const inputClass = "rounded border border-slate-300 bg-white px-2 py-1.5 aria-invalid:border-red-600";
