"use client";
import type { ReactNode } from "react";
import { SubmitButton } from "./submit-button";

type Props = { pending: boolean; label: string; pendingLabel: string; status: ReactNode };

// The submit button of a back-office form and the line that says what the last submit did.
export function SaveButton({ pending, label, pendingLabel, status }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} />
      <p role="status" className="text-sm text-green-800">
        {status}
      </p>
    </div>
  );
}
