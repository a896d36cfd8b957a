import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { isDatabaseUnavailableError } from "@/lib/db-availability";
import { auth } from "./auth";
import { SESSION_IDLE_SECONDS, SESSION_TOUCH_SECONDS } from "./cookie";
import { can, type Permission, type Role } from "./roles";

export type CurrentUser = { id: string; name: string; email: string; role: Role; sessionId: string };

// The signed-in, active user of this request, or null. A session idle for longer than
// SESSION_IDLE_SECONDS, or of a deactivated user, is ended on the server here.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // A bad or expired cookie is no session; an unreachable database is an outage, not a sign-out.
  const found = await auth.api.getSession({ headers: await headers(), query: { disableCookieCache: true, disableRefresh: true } }).catch((error: unknown) => {
    if (isDatabaseUnavailableError(error)) throw error;
    return null;
  });
  if (!found) return null;
  const row = await db.session.findUnique({ where: { id: found.session.id }, select: { updatedAt: true, user: { select: { active: true, role: true } } } });
  if (!row) return null;
  const idleFor = (Date.now() - row.updatedAt.getTime()) / 1000;
  if (sessionEnded({ active: row.user.active, lastSeen: row.updatedAt })) {
    await db.session.deleteMany({ where: { id: found.session.id } });
    return null;
  }
  if (idleFor > SESSION_TOUCH_SECONDS) await db.session.update({ where: { id: found.session.id }, data: { updatedAt: new Date() } });
  return { id: found.user.id, name: found.user.name, email: found.user.email, role: row.user.role, sessionId: found.session.id };
});

// A session ends when its user is deactivated or it was not used for SESSION_IDLE_SECONDS;
// the absolute limit is Better Auth's own expiresAt.
export function sessionEnded(s: { active: boolean; lastSeen: Date }, now = new Date()): boolean {
  return !s.active || (now.getTime() - s.lastSeen.getTime()) / 1000 > SESSION_IDLE_SECONDS;
}

export class AccessDeniedError extends Error {
  constructor(readonly reason: "anonymous" | "forbidden") {
    super(reason === "anonymous" ? "Sign in required" : "Not allowed for this role");
  }
}

// For server actions and route handlers: the user, or an AccessDeniedError to turn into
// a refusal. Every mutation calls this itself; the proxy is not a security boundary.
export async function requireUserOrThrow(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AccessDeniedError("anonymous");
  if (permission && !can(user.role, permission)) throw new AccessDeniedError("forbidden");
  return user;
}
