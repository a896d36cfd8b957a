// A rich-text body of one paragraph, as the article editor sends it.
export const paragraphDoc = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] });

// The modules that write, publish and restore articles, for a test's withTestDatabase.
export const articleModules = async () => ({
  texts: await import("@/lib/articles/mutations"),
  shared: await import("@/lib/articles/shared-mutations"),
  pub: await import("@/lib/articles/publication"),
  scheduler: await import("@/lib/publishing/scheduler"),
  restore: await import("@/lib/articles/restore"),
});
