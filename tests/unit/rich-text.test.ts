import { describe, expect, it } from "vitest";
import { richTextSchema, richTextToPlain } from "../../lib/rich-text/schema";
import { markdownToRichText } from "../../scripts/seed/markdown";

describe("rich text schema", () => {
  it("refuses node types outside the allowlist", () => {
    const result = richTextSchema.safeParse({ type: "doc", content: [{ type: "html", content: "<script>alert(1)</script>" }] });
    expect(result.success).toBe(false);
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example/x", "vbscript:x"])("refuses the unsafe link %s", (href) => {
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }] }] };
    expect(richTextSchema.safeParse(doc).success).toBe(false);
  });

  it.each(["https://example.org/a?b=c", "mailto:press@example.org", "/ru/regions", "#top"])("accepts the safe link %s", (href) => {
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }] }] };
    expect(richTextSchema.safeParse(doc).success).toBe(true);
  });
});

describe("Markdown demo texts", () => {
  it("become headings, lists, quotes and marked text", () => {
    const doc = markdownToRichText("## Цели\n\nАИРР — **катализатор** и [площадка](https://example.org).\n\n- первое\n- второе\n\n> цитата");
    expect(doc.content.map((n) => n.type)).toEqual(["heading", "paragraph", "bulletList", "blockquote"]);
    expect(JSON.stringify(doc)).toContain('"marks":[{"type":"bold"}]');
    expect(JSON.stringify(doc)).toContain('"href":"https://example.org"');
    expect(richTextToPlain(doc)).toContain("катализатор");
  });

  it("keeps markup characters as text instead of HTML", () => {
    const doc = markdownToRichText('Tom &amp; "Jerry" 5 < 6');
    expect(richTextToPlain(doc)).toBe('Tom & "Jerry" 5 < 6');
  });

  it("refuses raw HTML in a demo text", () => {
    expect(() => markdownToRichText("<script>alert(1)</script>")).toThrow(/unsupported/);
  });
});
