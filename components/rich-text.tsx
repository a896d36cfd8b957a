import type { ReactNode } from "react";
import type { BodyMedia } from "@/lib/media/body-media";
import { MediaImage } from "./media-image";
import { DownloadOriginal } from "./photo-download";
import { VideoPlayer } from "./video/video-player";
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

function renderNodes(nodes: RichNode[] | undefined, media: BodyMedia): ReactNode {
  return nodes?.map((node, i) => <RichNodeView key={i} node={node} media={media} />);
}

function MediaNodeView({ id, media }: { id: string; media: BodyMedia }): ReactNode {
  const item = media[id];
  if (item?.type === "image") {
    const image = <MediaImage image={item.image} sizes="(min-width: 800px) 768px, 100vw" figure className="h-auto w-full rounded" />;
    if (!item.download) return image;
    return (
      <div className="space-y-1">
        {image}
        <DownloadOriginal download={item.download} credit="" />
      </div>
    );
  }
  if (item?.type !== "video") return null;
  return (
    <figure className="space-y-2">
      <VideoPlayer video={item.video} />
      {item.video.title && <figcaption className="text-sm text-slate-600">{item.video.title}</figcaption>}
    </figure>
  );
}

function RichNodeView({ node, media }: { node: RichNode; media: BodyMedia }): ReactNode {
  switch (node.type) {
    case "image":
    case "video":
      return <MediaNodeView id={node.attrs.mediaId} media={media} />;
    case "text":
      return withMarks(node.text, node.marks);
    case "hardBreak":
      return <br />;
    case "horizontalRule":
      return <hr />;
    case "paragraph":
      return <p>{renderNodes(node.content, media)}</p>;
    case "heading": {
      const Tag = (["h2", "h3", "h4"] as const)[node.attrs.level - 2] ?? "h2";
      return <Tag>{renderNodes(node.content, media)}</Tag>;
    }
    case "bulletList":
      return <ul>{renderNodes(node.content, media)}</ul>;
    case "orderedList":
      return <ol>{renderNodes(node.content, media)}</ol>;
    case "listItem":
      return <li>{renderNodes(node.content, media)}</li>;
    case "blockquote":
      return <blockquote>{renderNodes(node.content, media)}</blockquote>;
    default:
      return null;
  }
}

export function RichText({ doc, media = {}, className = "prose-airr" }: { doc: RichTextDoc; media?: BodyMedia; className?: string }) {
  return <div className={className}>{renderNodes(doc.content, media)}</div>;
}
