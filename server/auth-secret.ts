import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "./startup-error.mjs";

export function secretProblem(env: Record<string, string | undefined> = process.env): string | null {
  const given = env.BETTER_AUTH_SECRET;
  return given !== undefined && given.length < 32 ? "BETTER_AUTH_SECRET must be at least 32 characters long." : null;
}

// The key that signs session cookies. BETTER_AUTH_SECRET when given (required for several
// instances, which must share it); otherwise one generated once and kept beside the data.
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.BETTER_AUTH_SECRET;
  if (given !== undefined) {
    const problem = secretProblem(env);
    if (problem) throw new StartupError(problem);
    return given;
  }
  const file = path.join(env.DATA_DIR ?? ".data", "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
