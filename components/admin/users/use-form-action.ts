"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

// Submits through onSubmit rather than <form action>: React resets a form after an action,
// and a refused save must keep everything the administrator typed.
export function useFormAction(action: Action) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, onSubmit };
}
