import type { ReactNode } from "react";

type Heading = { label: ReactNode; className?: string };

type Props = { headings: Heading[]; cellClassName: string; className?: string; rowClassName?: string };

// A table's column headings. A heading with classes of its own (a right-aligned number column,
// say) uses them instead of the shared `cellClassName`.
export function TableHead({ headings, cellClassName, className, rowClassName }: Props) {
  return (
    <thead className={className}>
      <tr className={rowClassName}>
        {headings.map((h, i) => (
          <th key={i} scope="col" className={h.className ?? cellClassName}>
            {h.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
