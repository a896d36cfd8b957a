// An error whose message is a sentence for the person starting the site: logged alone,
// without a stack trace.
export class StartupError extends Error {
  name = "StartupError";
}
