import { can } from "../../lib/auth/roles";

export type Role = "admin" | "editor" | "author";
export type SessionUser = { id: string; name: string; email: string; role: Role; sessionId: string };

// A stand-in for @/lib/auth/session, whose real one reads Next.js's request cookies: server
// actions called from a test act as whoever `current()` returns, with the real role rules.
//   vi.mock("@/lib/auth/session", async () => (await import("./mock-session")).sessionModule(() => env.user));
export function sessionModule(current: () => SessionUser | null) {
  class AccessDeniedError extends Error {
    constructor(readonly reason: "anonymous" | "forbidden") {
      super(reason);
    }
  }
  return {
    AccessDeniedError,
    getCurrentUser: async () => current(),
    requireUserOrThrow: async (permission?: Parameters<typeof can>[1]) => {
      const user = current();
      if (!user) throw new AccessDeniedError("anonymous");
      if (permission && !can(user.role, permission)) throw new AccessDeniedError("forbidden");
      return user;
    },
  };
}
