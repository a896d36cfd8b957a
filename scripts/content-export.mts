// Writes every content table, the history, the users (without any secret) and the media
// files to a portable folder of JSON files:
//   npm run content:export [-- --out DIR]     (default: export/<timestamp>/)
import { createMediaStorage } from "../lib/media/storage-backends.ts";
import { runCli } from "./lib/cli.ts";
import { exportFolder, exportReport } from "./lib/content-transfer/cli.ts";
import { exportContent } from "./lib/content-transfer/export.ts";
import { openDatabase } from "../server/db/open.ts";

await runCli(async () => {
  const started = Date.now();
  const outDir = exportFolder(process.argv.slice(2), new Date());
  const db = await openDatabase();
  try {
    const summary = await exportContent({ url: db.url, outDir, storage: createMediaStorage() });
    for (const line of exportReport(summary, Date.now() - started)) console.log(line);
  } finally {
    await db.stop();
  }
});
