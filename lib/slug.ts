import { slugify } from "transliteration";

// A URL slug from a title in either language: Cyrillic transliterated, lower-case Latin
// letters, digits and single hyphens, at most 80 characters cut at a word boundary.
export function transliterateSlug(title: string): string {
  const slug = slugify(title, { lowercase: true, separator: "-", trim: true })
    .replace(/[^a-z0-9-]+/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf("-") > 40 ? cut.lastIndexOf("-") : 80).replace(/-$/, "");
}
