// Restores an export of content:export into an empty database and the media storage:
//   npm run content:import -- DIR
// Refuses, writing nothing, when the database has content, the export was made at
// another migration, or a file does not match its checksum.
import { createMediaStorage } from "../lib/media/storage-backends.ts";
import { runCli } from "./lib/cli.ts";
import { importFolder, importReport, migrateBlankDatabase } from "./lib/content-transfer/cli.ts";
import { importVerified } from "./lib/content-transfer/import.ts";
import { readVerifiedExport } from "./lib/content-transfer/verify.ts";
import { openDatabase } from "../server/db/open.ts";

await runCli(async () => {
  const started = Date.now();
  const dir = importFolder(process.argv.slice(2));
  // The files are checked before the database is even opened.
  const data = readVerifiedExport(dir);
  const db = await openDatabase();
  try {
    await migrateBlankDatabase(db.url, data.manifest);
    const summary = await importVerified({ url: db.url, dir, storage: createMediaStorage() }, data);
    for (const line of importReport(summary, Date.now() - started)) console.log(line);
  } finally {
    await db.stop();
  }
});
