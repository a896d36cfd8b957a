import type { ReactNode } from "react";

// A button that acts on the secret token of a message's link (confirm an address, unsubscribe):
// a plain form, so it works without JavaScript, carrying the token and the page's language.
export function TokenForm(props: {
  action: (formData: FormData) => Promise<void>;
  token: string;
  locale: string;
  button: string;
  danger?: boolean;
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const button = props.danger
    ? "rounded border border-red-700 px-5 py-2 font-medium text-red-800 hover:bg-red-50"
    : "rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900";
  return (
    <form action={props.action} id={props.id} className={props.className ?? "space-y-4"}>
      {props.children}
      <input type="hidden" name="token" value={props.token} />
      <input type="hidden" name="locale" value={props.locale} />
      <button type="submit" className={button}>
        {props.button}
      </button>
    </form>
  );
}
