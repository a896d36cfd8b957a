"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { passwordResetBlockedUntil } from "@/lib/users/reset-throttle";
import type { SaveResult } from "@/lib/saving/core";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import { userActiveSchema, userCreateSchema, userPasswordSchema, userUpdateSchema } from "@/lib/zod/users";
import { minutesUntil, type FormState } from "./form-state";
import { formAction, settle } from "./guard";

const PERMISSION = "users.manage";

const pick = (formData: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, formData.get(n) ?? ""]));

// The users' list and the account's page show the change at once.
async function settleAccount(result: SaveResult): Promise<FormState> {
  const state = await settle(result);
  if (result.ok) {
    revalidatePath("/admin/users");
    revalidatePath(`/admin/users/${result.id}`);
  }
  return state;
}

export const createUserAction = formAction(
  PERMISSION,
  userCreateSchema,
  (formData) => pick(formData, ["name", "email", "role", "password", "passwordConfirm"]),
  async (user, input) => {
    const result = await createUser(user, input);
    const state = await settleAccount(result);
    if (result.ok) redirect(`/admin/users/${result.id}?created=1`);
    return state;
  },
);

export const updateUserAction = formAction(
  PERMISSION,
  userUpdateSchema,
  (formData) => pick(formData, ["id", "name", "role", "updatedAt"]),
  async (user, input) => settleAccount(await updateUser(user, input)),
);

// Deactivates (ending every session of the user) or reactivates an account.
export const setUserActiveAction = formAction(
  PERMISSION,
  userActiveSchema,
  (formData) => pick(formData, ["id", "active"]),
  async (user, input) => {
    const state = await settleAccount(await setUserActive(user, input.id, input.active));
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
    return settleAccount(await resetUserPassword(user, input));
  },
);
