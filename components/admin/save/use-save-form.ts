"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { useBrowserValue } from "../use-browser-value";
import { useVersionScope } from "../version-scope";
import { useUnsaved } from "./use-unsaved";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

type Options = {
  // The version the first save names. Inside a VersionScope the scope's version is used, so
  // forms that change the same record follow each other's saves. Left out, the form carries
  // its own version field (a token its parent moves) or has none.
  version?: number;
  // A created record: the editor goes on to its edit page.
  editPath?: (id: string) => string;
  onSaved?: (state: FormState) => void;
  // Keeps a copy of what is typed in the browser under this key until it is saved (use-unsaved.ts).
  draftKey?: string;
};

// The one way a back-office form saves. It submits without React's automatic form reset, so
// what the editor typed stays in the form whatever the server answers; tracks the version the
// next save must name; refreshes what the server shows around the form (badges, history, the
// other locale's state); and warns before typing is lost (use-unsaved.ts).
export function useSaveForm(action: Action, options: Options = {}) {
  const [state, setState] = useState<FormState>({});
  const scope = useVersionScope();
  const own = useState(options.version ?? 0);
  const [version, setVersion] = scope ?? own;
  const tracksVersion = scope !== null || options.version !== undefined;
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const unsaved = useUnsaved(options.draftKey, version);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    if (tracksVersion) formData.set("version", String(version));
    startTransition(async () => {
      let next: FormState;
      try {
        next = await action(state, formData);
      } catch {
        next = { error: "unexpected" };
      }
      setState(next);
      if (!next.ok) return;
      unsaved.saved();
      if (tracksVersion && next.version !== undefined) setVersion(next.version);
      options.onSaved?.(next);
      const created = options.editPath && typeof next.data?.id === "string" ? next.data.id : null;
      if (created && options.editPath) router.replace(`${options.editPath(created)}?created=1`);
      else router.refresh();
    });
  };
  // False in the server's HTML and until React has hydrated the form: a submit before that
  // would be the browser's own GET of the page, which saves nothing.
  const ready = useBrowserValue(() => true, false);
  const errors = (field: string) => state.fieldErrors?.[field];
  return { state, version, pending, ready, onSubmit, errors, formRef: unsaved.formRef, draft: unsaved.draft };
}
