import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";
import { SESSION_ABSOLUTE_SECONDS, sessionCookieName, usesSecureCookies } from "./cookie";

// Sign-in goes through server actions only (no public auth HTTP endpoints are mounted),
// so throttling and the localized messages stay in one place: lib/actions/auth.ts.
export const auth = betterAuth({
  appName: "AIRR",
  baseURL: siteUrl(),
  secret: process.env.BETTER_AUTH_SECRET,
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
  session: {
    // Better Auth's own expiry is the absolute one; idle expiry is checked in session.ts.
    expiresIn: SESSION_ABSOLUTE_SECONDS,
    disableSessionRefresh: true,
  },
  user: { additionalFields: { role: { type: "string", input: false }, active: { type: "boolean", input: false } } },
  rateLimit: { enabled: false },
  advanced: {
    // Our own cookie name carries the __Host- prefix behind HTTPS, which Better Auth's
    // automatic prefix (__Secure-) would not.
    useSecureCookies: false,
    cookies: { session_token: { name: sessionCookieName(), attributes: { secure: usesSecureCookies(), sameSite: "lax", httpOnly: true, path: "/" } } },
  },
  databaseHooks: {
    session: {
      create: {
        // A deactivated account never gets a session, whatever path asked for one.
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
          return user?.active ? undefined : false;
        },
      },
    },
  },
  plugins: [nextCookies()],
});
