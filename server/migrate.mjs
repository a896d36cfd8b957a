// npm run db:migrate: the release step that brings the database named by DATABASE_URL up to
// the schema of this version. Safe to run from several hosts at once.
import { connectionProblem, parseDatabaseUrl, waitForDatabase } from "./db/connect.mjs";
import { migrateDatabase } from "./db/migrate.mjs";
import { log, logFatal } from "./log.mjs";
import { StartupError } from "./startup-error.mjs";

try {
  if (!process.env.DATABASE_URL)
    throw new StartupError("DATABASE_URL is not set. npm start migrates its embedded database itself; db:migrate is for a PostgreSQL server of your own.");
  const url = parseDatabaseUrl(process.env.DATABASE_URL).href;
  await waitForDatabase(url, { timeoutMs: Number(process.env.DB_WAIT_MS ?? 10_000) });
  await migrateDatabase(url, { log }).catch((error) => {
    throw error instanceof StartupError || !error?.code ? error : new StartupError(connectionProblem(error, url));
  });
} catch (error) {
  logFatal(error, "migration failed");
  process.exitCode = 1;
}
