import { z } from "zod";

// The first administrator, from ADMIN_EMAIL and ADMIN_PASSWORD (start-up and npm run db:seed).
export const adminEnvSchema = z.object({ email: z.email(), password: z.string().min(12).max(128) });

export function adminFromEnv(env: Record<string, string | undefined>) {
  return adminEnvSchema.safeParse({ email: env.ADMIN_EMAIL?.trim().toLowerCase(), password: env.ADMIN_PASSWORD });
}

export function adminEnvProblem(env: Record<string, string | undefined>): string | null {
  if (!env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) return null;
  return adminFromEnv(env).success
    ? null
    : "ADMIN_EMAIL must be an e-mail address and ADMIN_PASSWORD 12 to 128 characters long; the administrator was not created.";
}
