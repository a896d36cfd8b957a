import { migrate, openDatabase } from "../server/db/open.ts";
import { runCli } from "./lib/cli.ts";
import { seedDatabase } from "./seed/index.ts";

await runCli(async () => {
  const db = await openDatabase();
  try {
    await migrate(db.url);
    await seedDatabase(db.url);
  } finally {
    await db.stop();
  }
});
