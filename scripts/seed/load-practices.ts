import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { RichText } from "../../lib/rich-text/schema.ts";
import { ContentError, parseWith } from "./content-error.ts";
import { list, locales, readJson, readMarkdown, type Locale } from "./load.ts";
import * as s from "./schema.ts";

type PracticeText = { file: string; data: z.infer<typeof s.practiceTextFrontMatter>; body: RichText };

// content/practices/<id>/practice.json plus ru.md and/or en.md; a practice may exist in one language only.
export function loadPractices(root: string) {
  return list(root, "practices").map((id) => {
    const meta = parseWith(`practices/${id}/practice.json`, s.practiceMetaFile, readJson(root, `practices/${id}/practice.json`));
    const texts: Partial<Record<Locale, PracticeText>> = {};
    for (const locale of locales) {
      const file = `practices/${id}/${locale}.md`;
      if (!fs.existsSync(path.join(root, file))) continue;
      const { data, body } = readMarkdown(root, file);
      texts[locale] = { file, data: parseWith(file, s.practiceTextFrontMatter, data), body };
    }
    if (!texts.ru && !texts.en) throw new ContentError(`practices/${id}`, "", "needs ru.md or en.md");
    return { id, meta, texts };
  });
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
