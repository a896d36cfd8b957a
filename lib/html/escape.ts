// Text into HTML text or a quoted attribute. Pure, for the places that write HTML by hand:
// search snippets, feed descriptions and the server's plain error pages.
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

const decoded = Object.fromEntries(Object.entries(entities).map(([c, e]) => [e, c]));

/** The text of HTML written by escapeHtml (its tags dropped), for showing it as plain text. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]+>/g, "").replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => decoded[e]!);
}
