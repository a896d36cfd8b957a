import { ContentError } from "./content-error.ts";
import { list, readEntry } from "./load.ts";
import * as s from "./schema.ts";

// content/practices/<id>/practice.json plus ru.md and/or en.md; a practice may exist in one language only.
export function loadPractices(root: string) {
  return list(root, "practices").map((id) => ({
    id,
    ...readEntry(root, "practices", id, "practice.json", { meta: s.practiceMetaFile, text: s.practiceTextFrontMatter }),
  }));
}

type References = {
  regions: { code: string }[];
  topics: { slug: string }[];
  practices: ReturnType<typeof loadPractices>;
};

export function checkPractices(c: References) {
  const codes = new Set(c.regions.map((r) => r.code));
  const topics = new Set(c.topics.map((t) => t.slug));
  const slugs = new Map<string, string>();
  for (const p of c.practices) {
    const file = `practices/${p.id}/practice.json`;
    if (!codes.has(p.meta.region)) throw new ContentError(file, "region", `unknown region ${p.meta.region}`);
    p.meta.topics.forEach((slug, i) => {
      if (!topics.has(slug)) throw new ContentError(file, `topics.${i}`, `unknown topic "${slug}"`);
    });
    for (const [locale, t] of Object.entries(p.texts)) {
      const key = `${locale}:${t.data.slug}`;
      if (slugs.has(key)) throw new ContentError(t.file, "slug", `"${t.data.slug}" is already used by ${slugs.get(key)}`);
      slugs.set(key, t.file);
    }
  }
}
