// The 404 of a route handler that serves a file (a feed, a sitemap, an archive): plain text,
// since the visitor's program, not a person, usually reads it.
export const plainNotFound = () => new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
