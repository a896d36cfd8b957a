import "server-only";
import { AccessDeniedError, requireUserOrThrow, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/roles";
import { isDatabaseUnavailableError, recordDatabaseFailure } from "@/lib/db-availability";
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

export function zodFieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
