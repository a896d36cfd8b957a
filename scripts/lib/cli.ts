import { StartupError } from "./startup-error.ts";

const CONTENT_ERROR = "ContentError";

// Known failures print one sentence; only unexpected ones print a stack, and only with DEBUG.
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const err = error as Error;
    if (err instanceof StartupError) console.error(`✖ ${err.message}`);
    else if (err.name === CONTENT_ERROR) console.error(`✖ Invalid content file ${err.message}. Nothing was written to the database.`);
    else console.error(`✖ ${err.message}${process.env.DEBUG ? `\n${err.stack}` : " (set DEBUG=1 for details)"}`);
    process.exit(1);
  }
}
