"use client";

export const primaryButton = "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";

type Props = { pending: boolean; label: string; pendingLabel: string; className?: string };

// Says that the submit is under way, and cannot send the form twice meanwhile.
export function SubmitButton({ pending, label, pendingLabel, className = primaryButton }: Props) {
  return (
    <button type="submit" disabled={pending} className={className}>
      {pending ? pendingLabel : label}
    </button>
  );
}
