"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { clientIp } from "@/lib/auth/client-ip";
import type { CurrentUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/publishing/invalidate";
import { passwordResetBlockedUntil } from "@/lib/users/reset-throttle";
import { createUser, resetUserPassword, setUserActive, updateUser, type Actor, type UserResult } from "@/lib/users/mutations";
import { userActiveSchema, userCreateSchema, userPasswordSchema, userUpdateSchema } from "@/lib/zod/users";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

const PERMISSION = "users.manage";

const pick = (formData: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, formData.get(n) ?? ""]));

async function actorOf(user: CurrentUser): Promise<Actor> {
  return { id: user.id, sessionId: user.sessionId, ipAddress: clientIp(await headers()) };
}

// Turns a mutation's result into the form's state; a conflict's time is shown in the
// back office's language and in Moscow time.
async function toFormState(result: UserResult): Promise<FormState> {
  if (!result.ok) {
    const errorValues = result.errorValues && { ...result.errorValues };
    if (errorValues?.time) {
      const format = await getFormatter();
      errorValues.time = format.dateTime(new Date(errorValues.time), { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Moscow" });
    }
    return { error: result.error, errorValues, fieldErrors: result.fieldErrors };
  }
  expireTags(result.tags);
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${result.id}`);
  return { ok: true, data: { updatedAt: result.updatedAt } };
}

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser(PERMISSION, async (user) => {
    const parsed = userCreateSchema.safeParse(pick(formData, ["name", "email", "role", "password", "passwordConfirm"]));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    const result = await createUser(await actorOf(user), parsed.data);
    const state = await toFormState(result);
    if (result.ok) redirect(`/admin/users/${result.id}?created=1`);
    return state;
  });
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser(PERMISSION, async (user) => {
    const parsed = userUpdateSchema.safeParse(pick(formData, ["id", "name", "role", "updatedAt"]));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return toFormState(await updateUser(await actorOf(user), parsed.data));
  });
}

// Deactivates (ending every session of the user) or reactivates an account.
export async function setUserActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser(PERMISSION, async (user) => {
    const parsed = userActiveSchema.safeParse(pick(formData, ["id", "active"]));
    if (!parsed.success) return { error: "invalid" };
    const state = await toFormState(await setUserActive(await actorOf(user), parsed.data.id, parsed.data.active));
    return state.ok ? { ...state, data: { ...state.data, active: parsed.data.active } } : state;
  });
}

export async function resetUserPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser(PERMISSION, async (user) => {
    const parsed = userPasswordSchema.safeParse(pick(formData, ["id", "password", "passwordConfirm"]));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    const blockedUntil = await passwordResetBlockedUntil(user.id, parsed.data.id);
    if (blockedUntil) return { error: "users.tooManyResets", errorValues: { minutes: Math.max(1, Math.ceil((blockedUntil.getTime() - Date.now()) / 60_000)) } };
    return toFormState(await resetUserPassword(await actorOf(user), parsed.data));
  });
}
