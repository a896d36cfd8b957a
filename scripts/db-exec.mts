// Runs a command with DATABASE_URL pointing at the project's database (embedded by default):
//   npm run db:exec -- npx prisma migrate dev --name something
import { spawnSync } from "node:child_process";
import { openDatabase } from "../server/db/open.ts";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) throw new Error("usage: db-exec <command> [args...]");
const db = await openDatabase();
const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url } });
await db.stop();
process.exit(result.status ?? 1);
