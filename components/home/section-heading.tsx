import type { ComponentProps } from "react";
import { Link } from "@/i18n/link";

type Props = { id: string; title: string; href: ComponentProps<typeof Link>["href"]; linkText: string; spaced?: boolean };

// A home page section's heading, with a link to the whole section at its end.
export function SectionHeading({ id, title, href, linkText, spaced }: Props) {
  return (
    <div className={`${spaced ? "mb-4 " : ""}flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1`}>
      <h2 id={id} className="text-2xl font-semibold text-brand-900">
        {title}
      </h2>
      <Link href={href} className="text-link">
        {linkText}
      </Link>
    </div>
  );
}
