import "server-only";
import type { z } from "zod";
import { AccessDeniedError, requireUserOrThrow, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/roles";
import { isDatabaseUnavailableError, recordDatabaseFailure } from "@/lib/db-availability";
import { getFormatter } from "next-intl/server";
import { expireTags } from "@/lib/publishing/invalidate";
import type { SaveFailure, SaveResult } from "@/lib/saving/core";
import type { FormState } from "./form-state";

// Message key of the form error while the database cannot be reached.
export const DATABASE_UNAVAILABLE = "databaseUnavailable";

// A database outage must not cost an editor their work: the form gets an error it can
// show next to the text still in it, instead of the action throwing to an error page.
export async function withDatabase<T>(body: () => Promise<T>, unavailable: FormState = { error: DATABASE_UNAVAILABLE }): Promise<T | FormState> {
  try {
    return await body();
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    recordDatabaseFailure();
    return unavailable;
  }
}

// Runs a server action's body for a user with the permission, turning a refusal (or an
// unreachable database) into a form error instead of an exception page.
export async function withUser(permission: Permission, body: (user: CurrentUser) => Promise<FormState>): Promise<FormState> {
  return withDatabase(async () => {
    let user: CurrentUser;
    try {
      user = await requireUserOrThrow(permission);
    } catch (error) {
      if (error instanceof AccessDeniedError) return { error: error.reason === "anonymous" ? "auth.signedOut" : "auth.forbidden" };
      throw error;
    }
    return body(user);
  });
}

type Issues = z.core.$ZodIssue[];

// A form's server action in one frame: the permission, the form read and parsed by the entity's
// schema (its field errors go back to the form unless `invalid` says otherwise), then the body.
//   export const savePersonAction = formAction("structure.edit", personSchema, personFormInput, async (user, input) => …);
export function formAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  read: (formData: FormData) => unknown,
  body: (user: CurrentUser, input: z.output<S>, formData: FormData) => Promise<FormState>,
  invalid: (issues: Issues) => FormState = (issues) => ({ fieldErrors: zodFieldErrors(issues) }),
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> =>
    withUser(permission, async (user) => {
      const parsed = schema.safeParse(read(formData));
      return parsed.success ? body(user, parsed.data, formData) : invalid(parsed.error.issues);
    });
}

// The form's fields as an object (a repeated name keeps its last value).
export const formEntries = (formData: FormData) => Object.fromEntries(formData);

export function zodFieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// The one step after a save's transaction, at the action boundary: a saved change expires
// what the public site cached of it (and tells the other servers), and the form hears its new
// version and the record's id; a refusal becomes the form's error.
export async function settle(result: SaveResult): Promise<FormState> {
  if (!result.ok) return { error: result.error, errorValues: await spoken(result.errorValues), fieldErrors: result.fieldErrors, data: result.data };
  expireTags(result.tags);
  return { ok: true, version: result.version, data: { id: result.id, ...result.data } };
}

// A colleague's save time is said in the back office's language and the site's time zone
// (Moscow, i18n/request.ts), the same way on every form.
async function spoken(values: SaveFailure["errorValues"]): Promise<SaveFailure["errorValues"]> {
  if (typeof values?.time !== "string") return values;
  const format = await getFormatter();
  return { ...values, time: format.dateTime(new Date(values.time), { dateStyle: "short", timeStyle: "short" }) };
}
