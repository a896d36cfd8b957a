import type { ReactNode } from "react";
import type { RichMark, RichNode, RichText as RichTextDoc } from "@/lib/rich-text/schema";

// Renders stored rich text from an allowlist of node types. Unknown nodes render
// nothing, and text always goes through React's escaping: no raw HTML is ever emitted.

function withMarks(text: ReactNode, marks: RichMark[] = []): ReactNode {
  return marks.reduce<ReactNode>((inner, mark) => {
    if (mark.type === "bold") return <strong>{inner}</strong>;
    if (mark.type === "italic") return <em>{inner}</em>;
    const external = /^https?:\/\//i.test(mark.attrs.href);
    return (
      <a href={mark.attrs.href} {...(external ? { rel: "noopener noreferrer" } : {})}>
        {inner}
      </a>
    );
  }, text);
}

function renderNodes(nodes: RichNode[] | undefined): ReactNode {
  return nodes?.map((node, i) => <RichNodeView key={i} node={node} />);
}

function RichNodeView({ node }: { node: RichNode }): ReactNode {
  switch (node.type) {
    case "text":
      return withMarks(node.text, node.marks);
    case "hardBreak":
      return <br />;
    case "horizontalRule":
      return <hr />;
    case "paragraph":
      return <p>{renderNodes(node.content)}</p>;
    case "heading": {
      const Tag = (["h2", "h3", "h4"] as const)[node.attrs.level - 2] ?? "h2";
      return <Tag>{renderNodes(node.content)}</Tag>;
    }
    case "bulletList":
      return <ul>{renderNodes(node.content)}</ul>;
    case "orderedList":
      return <ol>{renderNodes(node.content)}</ol>;
    case "listItem":
      return <li>{renderNodes(node.content)}</li>;
    case "blockquote":
      return <blockquote>{renderNodes(node.content)}</blockquote>;
    default:
      return null;
  }
}

export function RichText({ doc, className = "prose-airr" }: { doc: RichTextDoc; className?: string }) {
  return <div className={className}>{renderNodes(doc.content)}</div>;
}
