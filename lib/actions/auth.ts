"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { ADMIN_LOCALE_COOKIE } from "@/i18n/admin-locale";
import { isLocale } from "@/i18n/routing";
import { auth } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/session";
import { claimSignInAttempt, recordSignInSuccess } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { signInSchema } from "@/lib/zod/auth";
import { minutesUntil, type FormState } from "./form-state";
import { withDatabase, zodFieldErrors } from "./guard";

export async function signIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues), data: { email: String(formData.get("email") ?? "") } };
  const { email, password } = parsed.data;
  const userId = await withDatabase(() => checkPassword(email, password), { error: "auth.databaseUnavailable", data: { email } });
  if (typeof userId !== "string") return userId;
  redirect("/admin");
}

// The signed-in user's id, or the form's answer (throttled, wrong credentials).
async function checkPassword(email: string, password: string): Promise<FormState | string> {
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders);
  const claim = await claimSignInAttempt(email, ip);
  if ("blockedUntil" in claim) return { error: "auth.throttled", errorValues: { minutes: minutesUntil(claim.blockedUntil) }, data: { email } };
  let userId: string | null = null;
  try {
    const result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
    userId = result.user.id;
  } catch {
    // Unknown e-mail, wrong password and a deactivated account all read the same.
  }
  if (!userId) return { error: "auth.invalid", data: { email } };
  await recordSignInSuccess(claim.attemptId);
  await db.auditLog.create({ data: { actorId: userId, action: "user.sign_in", entityType: "user", entityId: userId, ipAddress: ip } });
  return userId;
}

export async function signOut(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await auth.api.signOut({ headers: await headers() });
    await db.session.deleteMany({ where: { id: user.sessionId } });
  }
  redirect("/admin/sign-in");
}

// The back office's language; anyone may choose it, signed in or not.
export async function setAdminLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, { path: "/admin", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 3600 });
  const user = await getCurrentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
}
