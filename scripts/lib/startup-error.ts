// An error whose message is a sentence for the person starting the site: printed
// alone, without a stack trace.
export class StartupError extends Error {
  override name = "StartupError";
}
