// What a server action hands back to its form. Messages are keys into the form's own
// next-intl namespace, so the editor reads them in the language of the back office.
export type FormState = {
  ok?: boolean;
  // Message key of an error about the whole form.
  error?: string;
  // Values for the error message, e.g. a colleague's name and the time of their save.
  errorValues?: Record<string, string | number>;
  fieldErrors?: Record<string, string[] | undefined>;
  // After a save: the new version, so the next save names it.
  version?: number;
  // Anything else the form should show (a created id, counts of an import).
  data?: Record<string, unknown>;
};

export const initialFormState: FormState = {};

// The wait before something refused for a while may be tried again, in whole minutes for the
// message ("try again in {minutes} min"), never 0.
export const minutesUntil = (time: Date) => Math.max(1, Math.ceil((time.getTime() - Date.now()) / 60_000));
