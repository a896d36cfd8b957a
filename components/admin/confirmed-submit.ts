import { submitAsTyped } from "./submit-as-typed";

// A form's submit that asks first (a deletion, a send to many people): nothing is sent when
// the editor answers no.
export function confirmedSubmit(action: (formData: FormData) => void, question: () => string) {
  return submitAsTyped(action, () => window.confirm(question()));
}
