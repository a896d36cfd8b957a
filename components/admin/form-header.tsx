"use client";
import type { FormState } from "@/lib/actions/form-state";
import { FormError } from "./form-messages";

type Props = { id: string; title: string; state: FormState; saved?: string | null };

// A form panel's heading (the form names itself by its id) and what its last submit did.
export function FormHeader({ id, title, state, saved }: Props) {
  return (
    <>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <FormError state={state} />
      {saved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {saved}
        </p>
      ) : null}
    </>
  );
}
