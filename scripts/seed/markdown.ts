import { marked, type Token, type Tokens } from "marked";
import { richTextSchema, type RichMark, type RichNode, type RichText } from "../../lib/rich-text/schema.ts";

// Demo texts are written in Markdown and stored as structured rich text, the same
// shape the editor produces. Only the constructs the rich-text schema allows survive.

function inline(tokens: Token[] | undefined, marks: RichMark[] = []): RichNode[] {
  const out: RichNode[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
        out.push(...inline((token as Tokens.Strong).tokens, [...marks, { type: "bold" }]));
        break;
      case "em":
        out.push(...inline((token as Tokens.Em).tokens, [...marks, { type: "italic" }]));
        break;
      case "link": {
        const link = token as Tokens.Link;
        out.push(...inline(link.tokens, [...marks, { type: "link", attrs: { href: link.href } }]));
        break;
      }
      case "br":
        out.push({ type: "hardBreak" });
        break;
      case "text":
      case "escape":
      case "codespan": {
        const t = token as Tokens.Text;
        if (t.tokens?.length && token.type === "text") out.push(...inline(t.tokens, marks));
        else if (t.text) out.push(marks.length ? { type: "text", text: decode(t.text), marks } : { type: "text", text: decode(t.text) });
        break;
      }
      default:
        throw new Error(`unsupported Markdown: ${token.type}`);
    }
  }
  return out;
}

function decode(text: string): string {
  return text.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

function block(token: Token): RichNode[] {
  switch (token.type) {
    case "paragraph":
      return [{ type: "paragraph", content: inline((token as Tokens.Paragraph).tokens) }];
    case "heading": {
      const h = token as Tokens.Heading;
      return [{ type: "heading", attrs: { level: Math.min(Math.max(h.depth, 2), 4) as 2 | 3 | 4 }, content: inline(h.tokens) }];
    }
    case "list": {
      const list = token as Tokens.List;
      const items = list.items.map((item): RichNode => ({ type: "listItem", content: blocks(item.tokens) }));
      return [{ type: list.ordered ? "orderedList" : "bulletList", content: items }];
    }
    case "blockquote":
      return [{ type: "blockquote", content: blocks((token as Tokens.Blockquote).tokens) }];
    case "hr":
      return [{ type: "horizontalRule" }];
    case "text":
      return [{ type: "paragraph", content: inline((token as Tokens.Text).tokens ?? [token]) }];
    case "space":
      return [];
    default:
      throw new Error(`unsupported Markdown block: ${token.type}`);
  }
}

function blocks(tokens: Token[]): RichNode[] {
  return tokens.flatMap(block);
}

export function markdownToRichText(markdown: string): RichText {
  return richTextSchema.parse({ type: "doc", content: blocks(marked.lexer(markdown)) });
}
