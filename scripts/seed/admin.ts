import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { adminEnvProblem, adminFromEnv } from "../../lib/zod/admin-env.ts";
import { StartupError } from "../../server/startup-error.mjs";

// Creates the administrator named by ADMIN_EMAIL/ADMIN_PASSWORD, or resets its password
// and role. The password is stored only as a scrypt hash in the sign-in library's format.
export async function ensureAdmin(prisma: PrismaClient, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  if (!env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) return null;
  const parsed = adminFromEnv(env);
  if (!parsed.success) throw new StartupError(adminEnvProblem(env)!);
  const { email, password } = parsed.data;
  const hash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: "Administrator", role: "admin", active: true, emailVerified: true },
      update: { role: "admin", active: true },
    });
    await tx.account.upsert({
      where: { providerId_accountId: { providerId: "credential", accountId: user.id } },
      create: { providerId: "credential", accountId: user.id, userId: user.id, password: hash },
      update: { password: hash },
    });
  });
  return email;
}
