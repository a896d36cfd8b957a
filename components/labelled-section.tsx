import type { ReactNode } from "react";

type Props = { id: string; title: ReactNode; heading: string; className?: string; children: ReactNode };

// A block of a page named by its heading, which screen readers list as a region.
export function LabelledSection({ id, title, heading, className, children }: Props) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
