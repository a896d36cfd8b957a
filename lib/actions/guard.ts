import "server-only";
import { AccessDeniedError, requireUserOrThrow, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/roles";
import type { FormState } from "./form-state";

// Runs a server action's body for a user with the permission, turning a refusal into a
// form error instead of an exception page.
export async function withUser(permission: Permission, body: (user: CurrentUser) => Promise<FormState>): Promise<FormState> {
  let user: CurrentUser;
  try {
    user = await requireUserOrThrow(permission);
  } catch (error) {
    if (error instanceof AccessDeniedError) return { error: error.reason === "anonymous" ? "auth.signedOut" : "auth.forbidden" };
    throw error;
  }
  return body(user);
}

export function zodFieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
