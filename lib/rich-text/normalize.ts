import type { RichMark, RichNode, RichText } from "./schema";
import { SAFE_HREF } from "./href";

// Turns the editor's JSON (which may carry attributes of pasted HTML, editor-only preview
// attributes and empty nodes) into the stored allowlist shape. The server still validates
// the result with richTextSchema; this only keeps honest input from being refused.
type Loose = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; marks?: Loose[]; content?: Loose[] };

const containers = new Set(["paragraph", "bulletList", "orderedList", "blockquote", "listItem"]);

function mark(m: Loose): RichMark | null {
  if (m.type === "bold" || m.type === "italic") return { type: m.type };
  if (m.type === "link" && typeof m.attrs?.href === "string" && SAFE_HREF.test(m.attrs.href.trim()))
    return { type: "link", attrs: { href: m.attrs.href.trim() } };
  return null;
}

function children(list: Loose[] | undefined): RichNode[] | undefined {
  const out = (list ?? []).map(node).filter((n): n is RichNode => n !== null);
  return out.length ? out : undefined;
}

function node(n: Loose): RichNode | null {
  const t = n.type;
  if (t === "text") {
    if (typeof n.text !== "string" || n.text === "") return null;
    const marks = (n.marks ?? []).map(mark).filter((m): m is RichMark => m !== null);
    return marks.length ? { type: "text", text: n.text, marks } : { type: "text", text: n.text };
  }
  if (t === "hardBreak" || t === "horizontalRule") return { type: t };
  if (t === "heading") {
    const level = Math.min(4, Math.max(2, Number(n.attrs?.level) || 2)) as 2 | 3 | 4;
    const content = children(n.content);
    return content ? { type: "heading", attrs: { level }, content } : { type: "heading", attrs: { level } };
  }
  if (t === "image" || t === "video") {
    const mediaId = n.attrs?.mediaId;
    return typeof mediaId === "string" && mediaId ? { type: t, attrs: { mediaId } } : null;
  }
  if (typeof t === "string" && containers.has(t)) {
    const content = children(n.content);
    return (content ? { type: t, content } : { type: t }) as RichNode;
  }
  // Unknown nodes (a table pasted from a word processor) keep their text as paragraphs' content.
  const inner = children(n.content);
  return inner ? { type: "paragraph", content: inner.flatMap((c) => ("content" in c && c.content ? c.content : [c])) } : null;
}

export function normalizeEditorDoc(doc: unknown): RichText {
  const content = (doc as Loose | null)?.content ?? [];
  const nodes = content.map(node).filter((n): n is RichNode => n !== null);
  // An editor left with one empty paragraph holds no text at all.
  const empty = nodes.length === 1 && nodes[0]!.type === "paragraph" && !("content" in nodes[0]! && nodes[0].content);
  return { type: "doc", content: empty ? [] : nodes };
}

// Editor-only attributes (a preview URL) for the media nodes of a stored document.
export function withMediaPreviews(doc: RichText, previews: Record<string, { url: string; label: string }>): unknown {
  const visit = (n: RichNode): unknown => {
    if (n.type === "image" || n.type === "video")
      return { ...n, attrs: { ...n.attrs, src: previews[n.attrs.mediaId]?.url ?? null, label: previews[n.attrs.mediaId]?.label ?? "" } };
    return "content" in n && n.content ? { ...n, content: n.content.map(visit) } : n;
  };
  return { type: "doc", content: doc.content.map(visit) };
}
