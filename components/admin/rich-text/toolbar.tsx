"use client";
import { NodeSelection } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MediaPickerDialog } from "../media/media-picker";
import { LinkForm } from "./link-form";

import { VideoSelect, type VideoOption } from "../media/video-select";

export type { VideoOption };

const btn = "rounded px-2 py-1 text-sm hover:bg-slate-100 aria-pressed:bg-brand-100 aria-pressed:text-brand-900 disabled:opacity-40";

export function Toolbar({ editor, videos, labelledBy }: { editor: Editor | null; videos: VideoOption[]; labelledBy: string }) {
  const t = useTranslations("AdminRichText");
  const [picking, setPicking] = useState(false);
  const [linking, setLinking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e?.isActive("heading", { level: 2 }) ?? false,
      h3: e?.isActive("heading", { level: 3 }) ?? false,
      bold: e?.isActive("bold") ?? false,
      italic: e?.isActive("italic") ?? false,
      bullet: e?.isActive("bulletList") ?? false,
      ordered: e?.isActive("orderedList") ?? false,
      quote: e?.isActive("blockquote") ?? false,
      link: e?.isActive("link") ?? false,
    }),
  });
  if (!editor || !state) return <div className="h-9 border-b border-slate-200" />;
  const chain = () => editor.chain().focus();
  // A picture or video just inserted stays selected; the next one goes after it, not over it.
  const insertMedia = (content: { type: "image" | "video"; attrs: Record<string, string> }) => {
    const { selection } = editor.state;
    chain()
      .insertContentAt(selection instanceof NodeSelection ? selection.to : { from: selection.from, to: selection.to }, content)
      .run();
  };
  const toggle = (label: string, pressed: boolean, run: () => void) => (
    <button type="button" className={btn} aria-pressed={pressed} onClick={run}>
      {label}
    </button>
  );
  return (
    <div role="toolbar" aria-labelledby={labelledBy} className="flex flex-wrap items-center gap-1 border-b border-slate-200 p-1">
      {toggle(t("h2"), state.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {toggle(t("h3"), state.h3, () => chain().toggleHeading({ level: 3 }).run())}
      {toggle(t("bold"), state.bold, () => chain().toggleBold().run())}
      {toggle(t("italic"), state.italic, () => chain().toggleItalic().run())}
      {toggle(t("bulletList"), state.bullet, () => chain().toggleBulletList().run())}
      {toggle(t("orderedList"), state.ordered, () => chain().toggleOrderedList().run())}
      {toggle(t("quote"), state.quote, () => chain().toggleBlockquote().run())}
      {toggle(t("link"), state.link, () => setLinking((v) => !v))}
      <button type="button" className={btn} onClick={() => setPicking(true)}>
        {t("image")}
      </button>
      <VideoSelect
        label={t("video")}
        videos={videos}
        className="rounded border border-slate-300 px-1 py-1 text-sm"
        onPick={(v) => insertMedia({ type: "video", attrs: { mediaId: v.id, label: v.label } })}
      />
      <button type="button" className={btn} onClick={() => chain().undo().run()} disabled={!editor.can().undo()}>
        {t("undo")}
      </button>
      <button type="button" className={btn} onClick={() => chain().redo().run()} disabled={!editor.can().redo()}>
        {t("redo")}
      </button>
      {linking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
      <MediaPickerDialog
        open={picking}
        onClose={() => setPicking(false)}
        onSelect={(m) => {
          setPicking(false);
          insertMedia({ type: "image", attrs: { mediaId: m.id, src: m.url, label: m.alt.ru || m.alt.en } });
        }}
      />
    </div>
  );
}
