import { z } from "zod";
import { isSafeHref } from "./href";

// Structured rich text (TipTap/ProseMirror JSON). Only these node and mark types may be
// stored; anything else is refused on save, so a body can never carry raw HTML.

const safeHref = z.string().max(2048).refine(isSafeHref, "unsafe link");

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: safeHref }) }),
]);

export type RichMark = z.infer<typeof markSchema>;

export type RichNode =
  | { type: "text"; text: string; marks?: RichMark[] }
  | { type: "hardBreak" }
  | { type: "horizontalRule" }
  | { type: "paragraph"; content?: RichNode[] }
  | { type: "heading"; attrs: { level: 2 | 3 | 4 }; content?: RichNode[] }
  | { type: "bulletList" | "orderedList" | "blockquote" | "listItem"; content?: RichNode[] }
  | { type: "image"; attrs: { mediaId: string } }
  | { type: "video"; attrs: { mediaId: string } };

const children = z.lazy(() => z.array(nodeSchema).max(5_000).optional());

const nodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("text"), text: z.string().min(1).max(100_000), marks: z.array(markSchema).max(3).optional() }),
    z.object({ type: z.literal("hardBreak") }),
    z.object({ type: z.literal("horizontalRule") }),
    z.object({ type: z.literal("paragraph"), content: children }),
    z.object({ type: z.literal("heading"), attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }), content: children }),
    z.object({ type: z.enum(["bulletList", "orderedList", "blockquote", "listItem"]), content: children }),
    z.object({ type: z.literal("image"), attrs: z.object({ mediaId: z.string().min(1).max(64) }) }),
    z.object({ type: z.literal("video"), attrs: z.object({ mediaId: z.string().min(1).max(64) }) }),
  ]),
);

export const richTextSchema = z.object({ type: z.literal("doc"), content: z.array(nodeSchema).max(5_000) });

export type RichText = z.infer<typeof richTextSchema>;

export const emptyRichText: RichText = { type: "doc", content: [] };

export function richTextToPlain(node: RichText | RichNode): string {
  if (node.type === "text") return node.text;
  if (!("content" in node) || !node.content) return "";
  const sep = node.type === "doc" || node.type.endsWith("List") ? "\n" : "";
  return node.content.map((child) => richTextToPlain(child)).join(sep);
}
