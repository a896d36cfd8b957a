import "server-only";
import { redirect } from "next/navigation";
import { can, type Permission } from "./roles";
import { getCurrentUser, type CurrentUser } from "./session";

// For back-office pages: the signed-in user, or a redirect to sign in (or to the
// dashboard's notice when the role lacks the permission). Actions check on their own.
export async function requirePageUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/sign-in");
  if (permission && !can(user.role, permission)) redirect("/admin?denied=1");
  return user;
}
