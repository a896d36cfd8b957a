import type { ReactNode } from "react";

// Made-up figures must never pass for real results: the notice sits near the top, in text.
export function DemoNotice({ children }: { children: ReactNode }) {
  return (
    <p role="note" className="rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950">
      {children}
    </p>
  );
}
