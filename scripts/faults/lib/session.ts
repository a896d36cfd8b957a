// A signed-in editor for probing the back office: a user and a session written straight
// into the database, and the session cookie signed the way Better Auth signs it.
import crypto from "node:crypto";
import pg from "pg";

export async function editorSessionCookie(databaseUrl: string, secret: string): Promise<string> {
  const token = crypto.randomBytes(16).toString("hex");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "user" (id, name, email, role, "updatedAt") VALUES ('fault-editor', 'Fault test', 'fault-editor@example.org', 'editor', now()) ON CONFLICT (id) DO NOTHING`,
    );
    await client.query(
      `INSERT INTO "session" (id, token, "userId", "expiresAt", "updatedAt") VALUES ($1, $1, 'fault-editor', now() + interval '1 hour', now())`,
      [token],
    );
  } finally {
    await client.end();
  }
  const signature = crypto.createHmac("sha256", secret).update(token).digest("base64");
  return `airr_session=${encodeURIComponent(`${token}.${signature}`)}`;
}
