// What each role may do. Pure, so forms can hide what the server would refuse anyway;
// the server still checks every action itself through requireUser(permission).
export const roles = ["admin", "editor", "author"] as const;
export type Role = (typeof roles)[number];

export type Permission =
  | "content.write" // create and edit drafts of any content
  | "content.publish" // publish, schedule, withdraw, unpublish, restore a revision
  | "media.upload"
  | "structure.edit" // regions, people, pages, ratings, documents, contacts
  | "users.manage"
  | "audit.read";

const grants: Record<Role, readonly Permission[]> = {
  admin: ["content.write", "content.publish", "media.upload", "structure.edit", "users.manage", "audit.read"],
  editor: ["content.write", "content.publish", "media.upload", "structure.edit", "audit.read"],
  author: ["content.write", "media.upload"],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
