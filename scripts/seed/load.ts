import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { flattenSiteMap } from "../../lib/site-map.ts";
import type { RichText } from "../../lib/rich-text/schema.ts";
import { ContentError, parseWith } from "./content-error.ts";
import { markdownToRichText } from "./markdown.ts";
import { checkPractices, loadPractices } from "./load-practices.ts";
import { loadMedia } from "./load-media.ts";
import * as s from "./schema.ts";
import type { z } from "zod";

export type Locale = "ru" | "en";
export const locales: Locale[] = ["ru", "en"];

export type Content = Awaited<ReturnType<typeof loadContent>>;

export function readJson(root: string, rel: string): unknown {
  const raw = fs.readFileSync(path.join(root, rel), "utf8");
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ContentError(rel, "", `not valid JSON (${(error as Error).message})`);
  }
}

export function readMarkdown(root: string, rel: string) {
  try {
    const { data, content } = matter(fs.readFileSync(path.join(root, rel), "utf8"));
    return { data, body: markdownToRichText(content) };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(rel, (error as { name?: string }).name === "YAMLException" ? "front matter" : "body", (error as Error).message);
  }
}

export const list = (root: string, dir: string) => (fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir)).sort() : []);

// A content folder <dir>/<id>: its meta file, and its ru.md and/or en.md (one may be missing,
// not both), each checked by its schema.
export function readEntry<M extends z.ZodType, T extends z.ZodType>(root: string, dir: string, id: string, metaFile: string, schemas: { meta: M; text: T }) {
  const meta = parseWith(`${dir}/${id}/${metaFile}`, schemas.meta, readJson(root, `${dir}/${id}/${metaFile}`));
  const texts: Partial<Record<Locale, { file: string; data: z.infer<T>; body: RichText }>> = {};
  for (const locale of locales) {
    const file = `${dir}/${id}/${locale}.md`;
    if (!fs.existsSync(path.join(root, file))) continue;
    const { data, body } = readMarkdown(root, file);
    texts[locale] = { file, data: parseWith(file, schemas.text, data), body };
  }
  if (!texts.ru && !texts.en) throw new ContentError(`${dir}/${id}`, "", "needs ru.md or en.md");
  return { meta, texts };
}

function loadArticles(root: string) {
  return list(root, "news").map((id) => {
    const { meta, texts } = readEntry(root, "news", id, "article.json", { meta: s.articleMetaFile, text: s.articleTextFrontMatter });
    const coverSource = meta.cover ? path.join(root, meta.cover) : null;
    if (coverSource && !fs.existsSync(coverSource)) throw new ContentError(`news/${id}/article.json`, "cover", `${meta.cover} does not exist`);
    return { id, meta, texts, coverSource };
  });
}

function loadPages(root: string) {
  const known = new Set(flattenSiteMap().map((p) => p.path));
  const files = fs
    .readdirSync(path.join(root, "pages"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort();
  return files.map((rel) => {
    const file = `pages/${rel}`;
    const match = rel.match(/^(.*)\.(ru|en)\.md$/);
    if (!match || !known.has(`/${match[1]}`)) throw new ContentError(file, "", "is not a page of the site map (expected pages/<path>.<ru|en>.md)");
    const { data, body } = readMarkdown(root, file);
    return { path: `/${match[1]}`, locale: match[2] as Locale, ...parseWith(file, s.pageFrontMatter, data), body };
  });
}

export function loadContent(root = path.resolve(process.env.CONTENT_DIR ?? "content")) {
  const competencies = parseWith("competencies.json", s.competenciesFile, readJson(root, "competencies.json"));
  const regions = list(root, "regions").map((f) => {
    const region = parseWith(`regions/${f}`, s.regionFile, readJson(root, `regions/${f}`));
    const profile = { ru: markdownToRichText(region.profile.ru), en: markdownToRichText(region.profile.en) };
    return { file: `regions/${f}`, ...region, profile };
  });
  const content = {
    competencies,
    regions,
    people: parseWith("people.json", s.peopleFile, readJson(root, "people.json")),
    contacts: parseWith("contacts.json", s.contactsFile, readJson(root, "contacts.json")),
    ratings: list(root, "ratings").map((f) => ({ file: `ratings/${f}`, ...parseWith(`ratings/${f}`, s.ratingFile, readJson(root, `ratings/${f}`)) })),
    articles: loadArticles(root),
    pages: loadPages(root),
    topics: parseWith("topics.json", s.topicsFile, readJson(root, "topics.json")),
    practices: loadPractices(root),
    media: loadMedia(root),
  };
  checkReferences(content);
  checkPractices(content);
  return content;
}

type References = {
  competencies: { slug: string }[];
  regions: { file: string; code: string; competencies: string[] }[];
  ratings: { file: string; editions: { entries: { region: string }[] }[] }[];
  articles: ReturnType<typeof loadArticles>;
};

function checkReferences(c: References) {
  const competencySlugs = new Set(c.competencies.map((x) => x.slug));
  const codes = new Set(c.regions.map((r) => r.code));
  for (const r of c.regions) {
    r.competencies.forEach((slug, i) => {
      if (!competencySlugs.has(slug)) throw new ContentError(r.file, `competencies.${i}`, `unknown competency "${slug}"`);
    });
  }
  for (const rating of c.ratings) {
    rating.editions.forEach((e, i) =>
      e.entries.forEach((entry, j) => {
        if (!codes.has(entry.region)) throw new ContentError(rating.file, `editions.${i}.entries.${j}.region`, `unknown region ${entry.region}`);
      }),
    );
  }
  const slugs = new Map<string, string>();
  for (const a of c.articles) {
    a.meta.regions.forEach((code, i) => {
      if (!codes.has(code)) throw new ContentError(`news/${a.id}/article.json`, `regions.${i}`, `unknown region ${code}`);
    });
    for (const [locale, t] of Object.entries(a.texts)) {
      const key = `${locale}:${t.data.slug}`;
      if (slugs.has(key)) throw new ContentError(t.file, "slug", `"${t.data.slug}" is already used by ${slugs.get(key)}`);
      slugs.set(key, t.file);
    }
  }
  // An old slug must not shadow a live one, or the live article would become unreachable.
  for (const a of c.articles) {
    for (const [locale, t] of Object.entries(a.texts)) {
      t.data.previousSlugs.forEach((old, i) => {
        if (slugs.has(`${locale}:${old}`))
          throw new ContentError(t.file, `previousSlugs.${i}`, `"${old}" is the current slug of ${slugs.get(`${locale}:${old}`)}`);
      });
    }
  }
}
