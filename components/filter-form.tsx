import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/i18n/link";

type Props = { action: string; label: string; apply: string; reset: string; resetHref: ComponentProps<typeof Link>["href"]; children: ReactNode };

// A GET form: works without JavaScript and leaves a shareable URL.
export function FilterForm({ action, label, apply, reset, resetHref, children }: Props) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-4">
      {children}
      <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-900">
        {apply}
      </button>
      <Link href={resetHref} className="py-1.5 text-sm text-link">
        {reset}
      </Link>
    </form>
  );
}
