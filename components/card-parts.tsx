import { useFormatter } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/i18n/link";

// A card's title, linked to the full item; level 2 where the list has no heading above it.
export function CardTitle({ href, level = 3, children }: { href: ComponentProps<typeof Link>["href"]; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading className="text-lg leading-snug font-semibold text-brand-900">
      <Link href={href} className="hover:underline">
        {children}
      </Link>
    </Heading>
  );
}

// Plain labels at a card's foot: a practice's topics, a region's competencies.
export function CardTags({ tags }: { tags: { slug: string; name: string }[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="mt-auto flex flex-wrap gap-1">
      {tags.map((tag) => (
        <li key={tag.slug} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
          {tag.name}
        </li>
      ))}
    </ul>
  );
}

export function LongDate({ value }: { value: string }) {
  const format = useFormatter();
  return <time dateTime={value}>{format.dateTime(new Date(value), { dateStyle: "long" })}</time>;
}

// A grid of cards, each as tall as the tallest in its row; `empty` stands instead of an empty grid.
type GridProps<T> = { items: T[]; className: string; empty?: ReactNode; children: (item: T) => ReactNode };
export function CardGrid<T extends { id: string }>({ items, className, empty, children }: GridProps<T>) {
  if (items.length === 0 && empty) return empty;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id} className="flex">
          {children(item)}
        </li>
      ))}
    </ul>
  );
}
