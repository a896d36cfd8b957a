import type { ComponentProps, ReactNode } from "react";
import { FilterForm, FilterSelect, ListHeader, Pager } from "@/components/admin/directory/list-parts";

type Filter = ComponentProps<typeof FilterSelect>;

// A list of records editors add: the header links to `${basePath}/new` with `newLabel`.
// A list of fixed records (nothing to add): a line under the title says what they are.
type Header = { newLabel: string; intro?: never } | { intro: string; newLabel?: never };

type Props = Header & {
  basePath: string;
  title: string;
  q?: string;
  filters?: Filter[];
  page: number;
  total: number;
  children: ReactNode;
};

// A directory list: header, search and filters, the table, then pages that keep the filters.
export function DirectoryListPage({ basePath, title, newLabel, intro, q, filters = [], page, total, children }: Props) {
  return (
    <>
      {newLabel ? (
        <ListHeader title={title} newHref={`${basePath}/new`} newLabel={newLabel} />
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold text-brand-900">{title}</h1>
          <p className="mb-6 max-w-3xl text-sm text-slate-700">{intro}</p>
        </>
      )}
      <FilterForm q={q}>
        {filters.map((f) => (
          <FilterSelect key={f.name} {...f} />
        ))}
      </FilterForm>
      {children}
      <Pager basePath={basePath} filter={{ q, ...Object.fromEntries(filters.map((f) => [f.name, f.value])) }} page={page} total={total} />
    </>
  );
}
