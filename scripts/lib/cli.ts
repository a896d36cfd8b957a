import { logFatal } from "../../server/log.mjs";
import { StartupError } from "../../server/startup-error.mjs";

const CONTENT_ERROR = "ContentError";

// Known failures are one sentence; unexpected ones carry the error, its stack and causes, as a
// field of the same line.
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const err = error as Error;
    if (err.name === CONTENT_ERROR) logFatal(new StartupError(`Invalid content file ${err.message}. Nothing was written to the database.`));
    else logFatal(err);
    process.exit(1);
  }
}
