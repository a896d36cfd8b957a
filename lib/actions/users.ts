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
import { minutesUntil, type FormState } from "./form-state";
import { formAction } from "./guard";

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

export const createUserAction = formAction(
  PERMISSION,
  userCreateSchema,
  (formData) => pick(formData, ["name", "email", "role", "password", "passwordConfirm"]),
  async (user, input) => {
    const result = await createUser(await actorOf(user), input);
    const state = await toFormState(result);
    if (result.ok) redirect(`/admin/users/${result.id}?created=1`);
    return state;
  },
);

export const updateUserAction = formAction(
  PERMISSION,
  userUpdateSchema,
  (formData) => pick(formData, ["id", "name", "role", "updatedAt"]),
  async (user, input) => toFormState(await updateUser(await actorOf(user), input)),
);

// Deactivates (ending every session of the user) or reactivates an account.
export const setUserActiveAction = formAction(
  PERMISSION,
  userActiveSchema,
  (formData) => pick(formData, ["id", "active"]),
  async (user, input) => {
    const state = await toFormState(await setUserActive(await actorOf(user), input.id, input.active));
    return state.ok ? { ...state, data: { ...state.data, active: input.active } } : state;
  },
  () => ({ error: "invalid" }),
);

export const resetUserPasswordAction = formAction(
  PERMISSION,
  userPasswordSchema,
  (formData) => pick(formData, ["id", "password", "passwordConfirm"]),
  async (user, input) => {
    const blockedUntil = await passwordResetBlockedUntil(user.id, input.id);
    if (blockedUntil) return { error: "users.tooManyResets", errorValues: { minutes: minutesUntil(blockedUntil) } };
    return toFormState(await resetUserPassword(await actorOf(user), input));
  },
);
