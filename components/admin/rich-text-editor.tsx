"use client";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { normalizeEditorDoc } from "@/lib/rich-text/normalize";
import type { RichText } from "@/lib/rich-text/schema";
import { editorExtensions } from "./rich-text/extensions";
import { Toolbar, type VideoOption } from "./rich-text/toolbar";

type Props = {
  id: string;
  name: string;
  label: string;
  // A stored document, optionally with editor-only previews (see withMediaPreviews).
  defaultValue: RichText | unknown;
  describedBy?: string;
  videos?: VideoOption[];
  onChange?: (doc: RichText) => void;
};

// Structured rich text: the hidden input carries the normalized JSON the server validates.
export function RichTextEditor({ id, name, label, defaultValue, describedBy, videos = [], onChange }: Props) {
  const initial = useMemo(() => JSON.stringify(normalizeEditorDoc(defaultValue)), [defaultValue]);
  const [value, setValue] = useState(initial);
  const editor = useEditor({
    extensions: editorExtensions,
    content: defaultValue as object,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        class: "prose-airr min-h-48 px-3 py-2 focus:outline-none",
      },
    },
    onUpdate: ({ editor: e }) => {
      const doc = normalizeEditorDoc(e.getJSON());
      setValue(JSON.stringify(doc));
      onChange?.(doc);
    },
  });
  // A copy of unsaved typing offered back by the form (components/admin/save/form-fields.ts).
  const hidden = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = hidden.current;
    if (!input || !editor) return;
    const restore = (event: Event) => {
      try {
        editor.commands.setContent(JSON.parse((event as CustomEvent<string>).detail), { emitUpdate: true });
      } catch {
        // A copy that is not a document leaves the editor as it is.
      }
    };
    input.addEventListener("airr:restore", restore);
    return () => input.removeEventListener("airr:restore", restore);
  }, [editor]);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <span id={`${id}-label`}>{label}</span>
      <div className="rounded border border-slate-300 bg-white focus-within:ring-2 focus-within:ring-accent-500">
        <Toolbar editor={editor} videos={videos} labelledBy={`${id}-label`} />
        <EditorContent editor={editor} />
      </div>
      <input ref={hidden} type="hidden" name={name} value={value} data-rich-text="" />
    </div>
  );
}
