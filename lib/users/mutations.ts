import "server-only";
import { hashPassword } from "better-auth/crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { recordChange } from "@/lib/history/record";
import type { UserCreateInput, UserPasswordInput, UserUpdateInput } from "@/lib/zod/users";
import { fail, lastChange, lockActiveAdmins, type UserResult } from "./guards";

export type { UserResult } from "./guards";

// The administrator making the change; sessionId is kept when they reset their own password.
export type Actor = { id: string; sessionId?: string; ipAddress?: string | null };

// No public page shows accounts, so these changes expire no cache tags.
const noTags: string[] = [];
const emailTaken: UserResult = { ok: false, fieldErrors: { email: ["users.emailTaken"] } };

function credential(userId: string, hash: string) {
  return {
    where: { providerId_accountId: { providerId: "credential", accountId: userId } },
    create: { providerId: "credential", accountId: userId, userId, password: hash },
    update: { password: hash },
  };
}

export async function createUser(actor: Actor, raw: UserCreateInput): Promise<UserResult> {
  const input = { ...raw, email: raw.email.trim().toLowerCase() };
  // Older rows may predate lower-casing; compare without case anyway.
  const existing = await db.user.findFirst({ where: { email: { equals: input.email, mode: "insensitive" } }, select: { id: true } });
  if (existing) return emailTaken;
  // Hash before the transaction: scrypt is deliberately slow and must not hold locks.
  const hash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, active: true, emailVerified: true },
        select: { id: true, updatedAt: true },
      });
      await tx.account.upsert(credential(user.id, hash));
      await recordChange(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        ipAddress: actor.ipAddress,
        details: { name: input.name, email: input.email, role: input.role },
      });
      return { ok: true, id: user.id, updatedAt: user.updatedAt.toISOString(), tags: noTags };
    });
  } catch (error) {
    // Two administrators creating the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return emailTaken;
    throw error;
  }
}

export async function updateUser(actor: Actor, input: UserUpdateInput): Promise<UserResult> {
  if (input.id === actor.id && input.role !== "admin") return fail("users.selfDemote");
  return db.$transaction(async (tx) => {
    const admins = input.role === "admin" ? [] : await lockActiveAdmins(tx);
    const before = await tx.user.findUnique({ where: { id: input.id }, select: { name: true, role: true, updatedAt: true } });
    if (!before) return fail("notFound");
    if (before.updatedAt.toISOString() !== input.updatedAt) return fail("conflict", await lastChange(tx, input.id));
    if (before.name === input.name && before.role === input.role) return { ok: true, id: input.id, updatedAt: input.updatedAt, tags: noTags };
    if (admins.length === 1 && admins[0] === input.id) return fail("users.lastAdminDemote");
    // The where on updatedAt keeps the check and the write one step for a non-admin target.
    const { count } = await tx.user.updateMany({ where: { id: input.id, updatedAt: before.updatedAt }, data: { name: input.name, role: input.role } });
    if (count === 0) return fail("conflict", await lastChange(tx, input.id));
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: { updatedAt: true } });
    await recordChange(tx, {
      actorId: actor.id,
      action: "user.update",
      entityType: "user",
      entityId: input.id,
      ipAddress: actor.ipAddress,
      details: { before: { name: before.name, role: before.role }, after: { name: input.name, role: input.role } },
    });
    return { ok: true, id: input.id, updatedAt: after.updatedAt.toISOString(), tags: noTags };
  });
}

// Deactivation ends every session of the user in the same statement that refuses new ones.
export async function setUserActive(actor: Actor, id: string, active: boolean): Promise<UserResult> {
  if (!active && id === actor.id) return fail("users.selfDeactivate");
  return db.$transaction(async (tx) => {
    const admins = active ? [] : await lockActiveAdmins(tx);
    const target = await tx.user.findUnique({ where: { id }, select: { active: true, updatedAt: true } });
    if (!target) return fail("notFound");
    if (target.active === active) return { ok: true, id, updatedAt: target.updatedAt.toISOString(), tags: noTags };
    if (admins.length === 1 && admins[0] === id) return fail("users.lastAdminDeactivate");
    const updated = await tx.user.update({ where: { id }, data: { active }, select: { updatedAt: true } });
    const ended = active ? 0 : (await tx.session.deleteMany({ where: { userId: id } })).count;
    await recordChange(tx, {
      actorId: actor.id,
      action: active ? "user.activate" : "user.deactivate",
      entityType: "user",
      entityId: id,
      ipAddress: actor.ipAddress,
      details: active ? {} : { sessionsEnded: ended },
    });
    return { ok: true, id, updatedAt: updated.updatedAt.toISOString(), tags: noTags };
  });
}

// A new password ends the user's sessions; an administrator resetting their own keeps this one.
export async function resetUserPassword(actor: Actor, input: UserPasswordInput): Promise<UserResult> {
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.id }, select: { updatedAt: true } });
    if (!target) return fail("notFound");
    await tx.account.upsert(credential(input.id, hash));
    const keep = input.id === actor.id && actor.sessionId ? { id: { not: actor.sessionId } } : {};
    const { count } = await tx.session.deleteMany({ where: { userId: input.id, ...keep } });
    await recordChange(tx, {
      actorId: actor.id,
      action: "user.reset_password",
      entityType: "user",
      entityId: input.id,
      ipAddress: actor.ipAddress,
      details: { sessionsEnded: count },
    });
    return { ok: true, id: input.id, updatedAt: target.updatedAt.toISOString(), tags: noTags };
  });
}
