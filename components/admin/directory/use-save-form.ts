"use client";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";

type SaveAction = (prev: FormState, formData: FormData) => Promise<FormState>;

// Submits with onSubmit rather than <form action>: React resets a form after an action,
// and a refused save must keep everything the editor typed. The state always carries the
// latest saved version, so a second save names the version the first one produced.
export function useSaveForm(action: SaveAction, opts: { version: number; editPath?: (id: string) => string }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(
    async (prev: FormState, formData: FormData): Promise<FormState> => {
      const next = await action(prev, formData);
      const createdId = next.ok && opts.editPath && typeof next.data?.id === "string" ? next.data.id : null;
      if (createdId && opts.editPath) router.replace(`${opts.editPath(createdId)}?created=1`);
      return { ...next, version: next.version ?? prev.version };
    },
    { version: opts.version },
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  const errors = (field: string) => state.fieldErrors?.[field];
  return { state, pending, onSubmit, errors, version: state.version ?? opts.version };
}
