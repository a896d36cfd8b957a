import "server-only";
import { type ActorRef, refusal, refuse, runSave, type SaveFailure, type SaveResult } from "@/lib/saving/core";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/db";
import { recordChange } from "@/lib/history/record";
import type { UserCreateInput, UserPasswordInput, UserUpdateInput } from "@/lib/zod/users";
import { lockActiveAdmins, refuseStaleAccount } from "./guards";

// The actor's sessionId is kept when an administrator resets their own password.

// No public page shows accounts, so these changes expire no cache tags.
const noTags: string[] = [];
const emailTaken: SaveFailure = { ok: false, fieldErrors: { email: ["users.emailTaken"] } };
// The account's change time is what the next save of the form names.
const saved = (id: string, updatedAt: Date) => ({ ok: true as const, id, tags: noTags, data: { updatedAt: updatedAt.toISOString() } });

function credential(userId: string, hash: string) {
  return {
    where: { providerId_accountId: { providerId: "credential", accountId: userId } },
    create: { providerId: "credential", accountId: userId, userId, password: hash },
    update: { password: hash },
  };
}

export async function createUser(actor: ActorRef, raw: UserCreateInput): Promise<SaveResult> {
  const input = { ...raw, email: raw.email.trim().toLowerCase() };
  // Older rows may predate lower-casing; compare without case anyway.
  const existing = await db.user.findFirst({ where: { email: { equals: input.email, mode: "insensitive" } }, select: { id: true } });
  if (existing) return emailTaken;
  // Hash before the transaction: scrypt is deliberately slow and must not hold locks.
  const hash = await hashPassword(input.password);
  // Two administrators creating the same address at once: the unique index decides.
  return runSave(async (tx) => {
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
      details: { name: input.name, email: input.email, role: input.role },
    });
    return saved(user.id, user.updatedAt);
  }, emailTaken);
}

export async function updateUser(actor: ActorRef, input: UserUpdateInput): Promise<SaveResult> {
  if (input.id === actor.id && input.role !== "admin") return refusal("users.selfDemote");
  return runSave(async (tx) => {
    const admins = input.role === "admin" ? [] : await lockActiveAdmins(tx);
    const before = await tx.user.findUnique({ where: { id: input.id }, select: { name: true, role: true, updatedAt: true } });
    if (!before) refuse("notFound");
    if (before.updatedAt.toISOString() !== input.updatedAt) await refuseStaleAccount(tx, input.id);
    if (before.name === input.name && before.role === input.role) return saved(input.id, before.updatedAt);
    if (admins.length === 1 && admins[0] === input.id) refuse("users.lastAdminDemote");
    // The where on updatedAt keeps the check and the write one step for a non-admin target.
    const { count } = await tx.user.updateMany({ where: { id: input.id, updatedAt: before.updatedAt }, data: { name: input.name, role: input.role } });
    if (count === 0) await refuseStaleAccount(tx, input.id);
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: { updatedAt: true } });
    await recordChange(tx, {
      actorId: actor.id,
      action: "user.update",
      entityType: "user",
      entityId: input.id,
      details: { before: { name: before.name, role: before.role }, after: { name: input.name, role: input.role } },
    });
    return saved(input.id, after.updatedAt);
  });
}

// Deactivation ends every session of the user in the same statement that refuses new ones.
export async function setUserActive(actor: ActorRef, id: string, active: boolean): Promise<SaveResult> {
  if (!active && id === actor.id) return refusal("users.selfDeactivate");
  return runSave(async (tx) => {
    const admins = active ? [] : await lockActiveAdmins(tx);
    const target = await tx.user.findUnique({ where: { id }, select: { active: true, updatedAt: true } });
    if (!target) refuse("notFound");
    if (target.active === active) return saved(id, target.updatedAt);
    if (admins.length === 1 && admins[0] === id) refuse("users.lastAdminDeactivate");
    const updated = await tx.user.update({ where: { id }, data: { active }, select: { updatedAt: true } });
    const ended = active ? 0 : (await tx.session.deleteMany({ where: { userId: id } })).count;
    await recordChange(tx, {
      actorId: actor.id,
      action: active ? "user.activate" : "user.deactivate",
      entityType: "user",
      entityId: id,
      details: active ? {} : { sessionsEnded: ended },
    });
    return saved(id, updated.updatedAt);
  });
}

// A new password ends the user's sessions; an administrator resetting their own keeps this one.
export async function resetUserPassword(actor: ActorRef, input: UserPasswordInput): Promise<SaveResult> {
  const hash = await hashPassword(input.password);
  return runSave(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.id }, select: { updatedAt: true } });
    if (!target) refuse("notFound");
    await tx.account.upsert(credential(input.id, hash));
    const keep = input.id === actor.id && actor.sessionId ? { id: { not: actor.sessionId } } : {};
    const { count } = await tx.session.deleteMany({ where: { userId: input.id, ...keep } });
    await recordChange(tx, {
      actorId: actor.id,
      action: "user.reset_password",
      entityType: "user",
      entityId: input.id,
      details: { sessionsEnded: count },
    });
    return saved(input.id, target.updatedAt);
  });
}
