import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { blank, pageParam } from "@/lib/query-params";

// Inputs of user management. Messages are keys of the AdminErrors namespace.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const id = z.string().min(1, { error: "required" }).max(64, { error: "invalid" });
const name = z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" });
const role = z.enum(roles, { error: "invalid" });
// Stored lower-case, so the unique index also makes addresses unique case-insensitively.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));
const password = z.string().min(PASSWORD_MIN, { error: "users.passwordTooShort" }).max(PASSWORD_MAX, { error: "tooLong" });

// The confirmation must repeat the password exactly; the error belongs to the confirmation field.
const withConfirmation = <T extends { password: string; passwordConfirm: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.passwordConfirm) ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "users.passwordMismatch" });
};

export const userCreateSchema = z
  .object({ name, email, role, password, passwordConfirm: z.string().max(PASSWORD_MAX, { error: "tooLong" }) })
  .superRefine(withConfirmation);

// The user table has no version column: the form names the updatedAt it started from.
export const userUpdateSchema = z.object({ id, name, role, updatedAt: z.iso.datetime({ error: "invalid" }) });

// Deactivation (active "false") or reactivation (active "true") of an account.
export const userActiveSchema = z.object({ id, active: z.enum(["true", "false"], { error: "invalid" }).transform((v) => v === "true") });

export const userPasswordSchema = z.object({ id, password, passwordConfirm: z.string().max(PASSWORD_MAX, { error: "tooLong" }) }).superRefine(withConfirmation);

export type UserCreateInput = z.infer<typeof userCreateSchema>;
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;
export type UserPasswordInput = z.infer<typeof userPasswordSchema>;

// The list's query string: each bad value falls back to its default on its own.
export const userStatuses = ["active", "inactive"] as const;
export const userListQuerySchema = z.object({
  q: z.preprocess(blank, z.string().trim().max(100).optional()).catch(undefined),
  role: z.preprocess(blank, role.optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(userStatuses).optional()).catch(undefined),
  page: pageParam(10_000).catch(1),
});

export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const parseUserListQuery = (params: Record<string, string | string[] | undefined>): UserListQuery => userListQuerySchema.parse(params);
