import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { UserListQuery } from "@/lib/zod/users";

export const usersPerPage = 25;

// Only what the back office shows; credentials never leave lib/users/mutations.ts.
const listFields = { id: true, name: true, email: true, role: true, active: true, createdAt: true } satisfies Prisma.UserSelect;

export type UserListItem = Prisma.UserGetPayload<{ select: typeof listFields }>;

export async function listUsers(query: UserListQuery) {
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.status ? { active: query.status === "active" } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] } : {}),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / usersPerPage));
  // A page past the end (an old link after deletions) shows the last one rather than nothing.
  const page = Math.min(query.page, pageCount);
  const items = await db.user.findMany({
    where,
    select: listFields,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * usersPerPage,
    take: usersPerPage,
  });
  return { items, total, page, pageCount };
}

export type UserForEdit = {
  id: string;
  name: string;
  email: string;
  role: UserListItem["role"];
  active: boolean;
  createdAt: Date;
  // ISO string the edit form sends back, so a colleague's save in between is noticed.
  updatedAt: string;
  sessionCount: number;
  hasPassword: boolean;
};

export async function getUserForEdit(id: string): Promise<UserForEdit | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { ...listFields, updatedAt: true, _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } } },
  });
  if (!user) return null;
  const credentials = await db.account.count({ where: { userId: id, providerId: "credential", password: { not: null } } });
  const { _count, updatedAt, ...rest } = user;
  return { ...rest, updatedAt: updatedAt.toISOString(), sessionCount: _count.sessions, hasPassword: credentials > 0 };
}
