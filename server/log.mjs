// One JSON object per line on stdout, each with its level and, inside a request, the request's
// id. Next.js and the app log through console.*, so console is routed through here as well.
// Plain JavaScript: the release commands (server/db) run on a production install with node alone.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { format } from "node:util";
import { pino } from "pino";
import { StartupError } from "./startup-error.mjs";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** @type {AsyncLocalStorage<import("./log.d.mts").RequestContext>} */
const requestContext = new AsyncLocalStorage();

/** Why LOG_LEVEL cannot be used, or null. */
export function logLevelProblem(value = process.env.LOG_LEVEL) {
  if (value === undefined || value === "" || LOG_LEVELS.includes(value)) return null;
  return `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (it is "${value}").`;
}

// Lines are gathered and written 4 KB at a time (one system call for a dozen request lines
// instead of one each, a tenth of what a replayed page costs the server), and at the latest
// 100 ms after they were logged; what is still gathered is written out when the process exits.
const destination = pino.destination({ dest: 1, sync: true, minLength: 4096 });
let unwritten = false;
setInterval(() => {
  if (!unwritten) return;
  unwritten = false;
  destination.flush();
}, 100).unref();
process.once("exit", () => destination.flushSync());

export const logger = pino(
  {
    level: logLevelProblem() || !process.env.LOG_LEVEL ? "info" : process.env.LOG_LEVEL,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Errors keep their stack and chain of causes as fields instead of being folded into msg.
    serializers: { err: pino.stdSerializers.errWithCause },
    mixin: () => {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
    hooks: {
      logMethod(args, method, level) {
        // A page that logged an error while it was rendered is not kept by the page cache.
        const context = requestContext.getStore();
        if (context && level >= 50) context.errors += 1;
        unwritten = true;
        method.apply(this, args);
      },
    },
  },
  destination,
);

export function withRequestContext(context, run) {
  return requestContext.run(context, run);
}

// A proxy's id is kept when it looks like one (so lines can be joined across hops); anything
// else, including header-injection attempts, gets a fresh id.
export function requestIdFrom(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{8,128}$/.test(value) ? value : randomUUID();
}

export function log(level, msg, fields = {}) {
  logger[level](fields, msg);
}

/** A failure that ends the process: a StartupError as its one sentence, anything else with the error as a field. */
export function logFatal(error, msg) {
  if (error instanceof StartupError) logger.fatal(error.message);
  else logger.fatal({ err: error }, msg ?? error?.message ?? "failed");
  logger.flush();
}

// console.error(error) and console.error("message", error) give one line with the error as a
// field; other arguments are formatted as console would.
function consoleLine(level) {
  return (...args) => {
    const err = args.find((a) => a instanceof Error);
    const rest = args.filter((a) => a !== err);
    const msg = rest.length ? format(...rest) : err ? err.message : "";
    logger[level](err ? { err } : {}, msg);
  };
}

export function routeConsoleToLog() {
  console.log = consoleLine("info");
  console.info = consoleLine("info");
  console.debug = consoleLine("debug");
  console.warn = consoleLine("warn");
  console.error = consoleLine("error");
}

const SENSITIVE_PARAM = /token|pass|secret|key|sig|code|session|auth|mail/i;

/** The path with its query, the values of parameters that may carry a credential replaced. */
export function loggedUrl(url = "") {
  const at = url.indexOf("?");
  if (at < 0) return url;
  const query = url
    .slice(at + 1)
    .split("&")
    .map((pair) => {
      const name = pair.split("=")[0];
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {}
      return SENSITIVE_PARAM.test(decoded) ? `${name}=[redacted]` : pair;
    });
  return `${url.slice(0, at)}?${query.join("&")}`;
}
