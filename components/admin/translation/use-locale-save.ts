"use client";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type SaveAction = (prev: FormState, formData: FormData) => Promise<FormState>;

// A version token that moves only to its direct successor: a save from this page that
// started at v returns v + 1, so forms sharing a token stay current, while a jump means
// someone else saved and the next save must be refused as stale.
export function useVersion(initial: number) {
  const [version, setVersion] = useState(initial);
  const advance = (next: unknown) => {
    if (typeof next === "number") setVersion((v) => (next === v + 1 ? next : v));
  };
  return [version, advance] as const;
}

// Submits with onSubmit rather than <form action>: React resets a form after an action,
// and a refused save must keep everything the editor typed.
export function useLocaleSave(action: SaveAction, onSaved: (state: FormState) => void) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) {
      onSaved(next);
      // Badges and the other column's state come from the server; typed fields stay as they are.
      router.refresh();
    }
    return next;
  }, initialFormState);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return { state, pending, onSubmit, errors: (field: string) => state.fieldErrors?.[field] };
}
