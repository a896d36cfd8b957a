import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { StartupError } from "../lib/startup-error.ts";

const adminInput = z.object({ email: z.email(), password: z.string().min(12).max(128) });

// Creates the administrator named by ADMIN_EMAIL/ADMIN_PASSWORD, or resets its password
// and role. The password is stored only as a scrypt hash in the sign-in library's format.
export async function ensureAdmin(prisma: PrismaClient, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  if (!env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) return null;
  const parsed = adminInput.safeParse({ email: env.ADMIN_EMAIL?.trim().toLowerCase(), password: env.ADMIN_PASSWORD });
  if (!parsed.success) {
    throw new StartupError("ADMIN_EMAIL must be an e-mail address and ADMIN_PASSWORD at least 12 characters long; the administrator was not created.");
  }
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
