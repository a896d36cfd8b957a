import type { RichNode } from "./schema";

// Ids of the library items a body shows (images and videos), in order, without repeats.
export function bodyMediaIds(nodes: RichNode[] = []): string[] {
  const ids = nodes.flatMap((n): string[] => (n.type === "image" || n.type === "video" ? [n.attrs.mediaId] : "content" in n ? bodyMediaIds(n.content) : []));
  return [...new Set(ids)];
}
