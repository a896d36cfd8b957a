// A form's typed fields as plain pairs, and back. Ids, versions and other hidden fields are
// the page's, not the editor's, and are never written back; a rich-text body is (its hidden
// input carries data-rich-text and its editor listens for "airr:restore").
export type Fields = [string, string][];

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isTyped = (el: Element): el is Field =>
  (el instanceof HTMLInputElement && (el.type !== "hidden" || "richText" in el.dataset) && el.type !== "file" && el.type !== "submit") ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement;

const fieldsOf = (form: HTMLFormElement) => [...form.elements].filter(isTyped).filter((el) => el.name && el.name !== "version");

export function readFields(form: HTMLFormElement): Fields {
  const out: Fields = [];
  for (const el of fieldsOf(form)) {
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked) out.push([el.name, el.value]);
    } else if (el instanceof HTMLSelectElement && el.multiple) {
      for (const option of el.selectedOptions) out.push([el.name, option.value]);
    } else out.push([el.name, el.value]);
  }
  return out;
}

// Values are set the way typing sets them, so React's handlers of controlled fields hear it.
function setValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")?.set;
  setter?.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

export function writeFields(form: HTMLFormElement, fields: Fields) {
  const valuesOf = (name: string) => fields.filter(([n]) => n === name).map(([, v]) => v);
  // Several text fields of one name take its values in order.
  const taken = new Map<string, number>();
  const nextOf = (name: string) => {
    const at = taken.get(name) ?? 0;
    taken.set(name, at + 1);
    return valuesOf(name)[at] ?? "";
  };
  for (const el of fieldsOf(form)) {
    const values = valuesOf(el.name);
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked !== values.includes(el.value)) el.click();
    } else if (el instanceof HTMLSelectElement && el.multiple) {
      for (const option of el.options) option.selected = values.includes(option.value);
      el.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (el instanceof HTMLInputElement && "richText" in el.dataset) {
      el.dispatchEvent(new CustomEvent("airr:restore", { detail: nextOf(el.name) }));
    } else setValue(el, nextOf(el.name));
  }
}
