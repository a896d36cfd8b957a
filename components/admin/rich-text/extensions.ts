import { Node, mergeAttributes } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "@/lib/rich-text/href";

// Media in a body is a reference to the library (mediaId), never a URL: the site renders
// it with its own variants and alt text. `src` and `label` are editor-only previews.
const mediaAttributes = {
  mediaId: {
    default: null,
    parseHTML: (el: HTMLElement) => el.getAttribute("data-media-id"),
    renderHTML: (a: { mediaId: string | null }) => ({ "data-media-id": a.mediaId }),
  },
  src: { default: null, rendered: false },
  label: { default: "", rendered: false },
};

export const MediaImage = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => mediaAttributes,
  // Pasted images from elsewhere have no data-media-id and are dropped.
  parseHTML: () => [{ tag: "img[data-media-id]" }],
  renderHTML: ({ node, HTMLAttributes }) => [
    "img",
    mergeAttributes(HTMLAttributes, { src: node.attrs.src ?? "", alt: node.attrs.label ?? "", class: "max-h-64 rounded border" }),
  ],
});

export const MediaVideo = Node.create({
  name: "video",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => mediaAttributes,
  parseHTML: () => [{ tag: "div[data-video-id]", getAttrs: (el) => ({ mediaId: (el as HTMLElement).getAttribute("data-video-id") }) }],
  renderHTML: ({ node }) => [
    "div",
    { "data-video-id": node.attrs.mediaId, class: "rounded border bg-slate-100 p-3 text-sm" },
    `▶ ${node.attrs.label || node.attrs.mediaId}`,
  ],
});

export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], isAllowedUri: (url) => isSafeHref(url) },
  }),
  MediaImage,
  MediaVideo,
];
