import { migrate, openDatabase } from "./lib/database.ts";
import { runCli } from "./lib/cli.ts";
import { seedDatabase } from "./seed/index.ts";

await runCli(async () => {
  const db = await openDatabase();
  try {
    migrate(db.url);
    await seedDatabase(db.url);
  } finally {
    await db.stop();
  }
});
