import { startTransition, type FormEvent } from "react";

// A submit that leaves the form as typed (React resets a form after its action), so a refused
// save keeps every input. The action gets the form's named fields and whatever `fill` adds;
// `fill` returning false sends nothing.
export function submitAsTyped(action: (formData: FormData) => void, fill?: (formData: FormData) => boolean | void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    if (fill?.(formData) === false) return;
    startTransition(() => action(formData));
  };
}
