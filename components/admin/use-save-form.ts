"use client";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { useVersionScope } from "./version-scope";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const noSubscription = () => () => {};

// Submits without React's automatic form reset, so what the editor typed stays in the
// form whatever the server answers; tracks the version the next save must name.
export function useSaveForm(action: Action, initialVersion: number) {
  const [state, setState] = useState<FormState>({});
  const scope = useVersionScope();
  const own = useState(initialVersion);
  const [version, setVersion] = scope ?? own;
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    formData.set("version", String(version));
    startTransition(async () => {
      try {
        const next = await action(state, formData);
        setState(next);
        if (next.ok && next.version !== undefined) setVersion(next.version);
        // Status badges, history and the other locale's translation state come from the server.
        if (next.ok) router.refresh();
      } catch {
        setState({ error: "unexpected" });
      }
    });
  };
  // False in the server's HTML and until React has hydrated the form: a submit before that
  // would be the browser's own GET of the page, which saves nothing.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return { state, version, pending, ready, onSubmit };
}
