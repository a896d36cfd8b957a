import { startTransition, type FormEvent } from "react";

// A form's submit that asks first (a deletion, a send to many people): nothing is sent when
// the editor answers no.
export function confirmedSubmit(action: (formData: FormData) => void, question: () => string) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!window.confirm(question())) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
}
