// Text into HTML text or a quoted attribute. Pure, for the places that write HTML by hand:
// search snippets, feed descriptions and the server's plain error pages.
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
