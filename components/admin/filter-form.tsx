import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { SelectField } from "@/components/select-field";

type Props = {
  action: string;
  label: string;
  // The list's current query: each field shows the value of its own name.
  values: Record<string, string | number | undefined>;
  search?: { id: string; label: string; maxLength: number };
  selects: Omit<ComponentProps<typeof SelectField>, "value">[];
  apply: string;
  reset: string;
  children?: ReactNode;
};

// A GET form: the filters live in the URL, work without JavaScript and can be kept or sent on.
export function FilterForm({ action, label, values, search, selects, apply, reset, children }: Props) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4">
      {search ? (
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={search.id}>{search.label}</label>
          <input
            id={search.id}
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            maxLength={search.maxLength}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </div>
      ) : null}
      {selects.map((s) => (
        <SelectField key={s.id} {...s} value={values[s.name]} />
      ))}
      {children}
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
        {apply}
      </button>
      <Link href={action} className="py-1.5 text-sm text-link">
        {reset}
      </Link>
    </form>
  );
}
