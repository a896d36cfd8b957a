// Starts the embedded database in the folder given and holds it until killed, the way
// `npm start` does; tests kill this process with SIGKILL to leave an orphaned server.
import { startEmbeddedDb } from "../../server/db/embedded.ts";

const db = await startEmbeddedDb({ dataDir: process.argv[2]!, database: "postgres", fast: true });
console.log(db.url);
setInterval(() => {}, 60_000);
