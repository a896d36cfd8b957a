import type { RichNode, RichText } from "../../../lib/rich-text/schema.ts";
import { between, capitalise, pick, sentence, words, type Lang, type Rng } from "./words.ts";

// Synthetic texts in the stored rich-text format (lib/rich-text/schema.ts): headings,
// paragraphs with bold text and links, lists, a quote and an image from the media library.

export type TextContext = { lang: Lang; regionNames: string[]; regionSlugs: string[]; imageIds: string[] };

const text = (t: string): RichNode => ({ type: "text", text: t });

function paragraph(r: Rng, c: TextContext): RichNode {
  const sentences = Array.from({ length: between(r, 3, 6) }, () => sentence(r, c.lang, r() < 0.15 ? [pick(r, c.regionNames)] : []));
  const content: RichNode[] = [];
  for (const [i, s] of sentences.entries()) {
    const sep = i ? " " : "";
    if (i === 1 && r() < 0.3) {
      // A link to a region page of the site, or to an outside source.
      const href = r() < 0.7 ? `/${c.lang}/regions/${pick(r, c.regionSlugs)}` : `https://example.org/${c.lang}/${between(r, 1000, 9999)}`;
      content.push(text(sep), { type: "text", text: s, marks: [{ type: "link", attrs: { href } }] });
    } else if (i === 0 && r() < 0.15) {
      content.push({ type: "text", text: s, marks: [{ type: "bold" }] });
    } else {
      content.push(text(sep + s));
    }
  }
  return { type: "paragraph", content };
}

function list(r: Rng, c: TextContext): RichNode {
  const items = Array.from({ length: between(r, 3, 5) }, (): RichNode => ({
    type: "listItem",
    content: [{ type: "paragraph", content: [text(sentence(r, c.lang))] }],
  }));
  return { type: r() < 0.5 ? "bulletList" : "orderedList", content: items };
}

const countWords = (node: RichNode | RichText): number =>
  node.type === "text" ? node.text.split(" ").length : "content" in node && node.content ? node.content.reduce((n, child) => n + countWords(child), 0) : 0;

// 400–800 words: a paragraph, in most texts an image, then sections (a heading and two to
// four paragraphs), now and then a list or a quote. Paragraphs are added one at a time, so
// the text ends at most one paragraph past its target.
export function body(r: Rng, c: TextContext): RichText {
  const target = between(r, 400, 740);
  const content: RichNode[] = [paragraph(r, c)];
  if (c.imageIds.length && r() < 0.6) content.push({ type: "image", attrs: { mediaId: pick(r, c.imageIds) } });
  let total = countWords(content[0]!);
  let untilHeading = 0;
  const add = (node: RichNode) => {
    content.push(node);
    total += countWords(node);
  };
  while (total < target) {
    if (untilHeading-- <= 0) {
      // A subheading (level 3) only under a section heading, as the outline requires.
      const level = content.some((n) => n.type === "heading") && r() < 0.2 ? 3 : 2;
      add({ type: "heading", attrs: { level }, content: [text(title(r, c.lang, 3, 7))] });
      untilHeading = between(r, 2, 4);
    }
    const x = r();
    add(x < 0.1 ? list(r, c) : x < 0.13 ? { type: "blockquote", content: [paragraph(r, c)] } : paragraph(r, c));
  }
  return { type: "doc", content };
}

export function title(r: Rng, lang: Lang, min = 6, max = 10, region?: string): string {
  const w = words(r, lang, between(r, min, max));
  if (region) w.splice(between(r, 1, w.length - 1), 0, region);
  return capitalise(w.join(" "));
}

export const lead = (r: Rng, c: TextContext) => `${sentence(r, c.lang, [pick(r, c.regionNames)])} ${sentence(r, c.lang)}`;
