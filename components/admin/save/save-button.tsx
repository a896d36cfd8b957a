"use client";
import type { ReactNode } from "react";

type Props = { pending: boolean; label: string; pendingLabel: string; status: ReactNode };

// The submit button of a back-office form and the line that says what the last submit did.
export function SaveButton({ pending, label, pendingLabel, status }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? pendingLabel : label}
      </button>
      <p role="status" className="text-sm text-green-800">
        {status}
      </p>
    </div>
  );
}
