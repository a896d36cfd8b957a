import type { Logger } from "pino";
export type Level = "fatal" | "error" | "warn" | "info" | "debug" | "trace";
// errors: how many errors were logged while serving the request.
export type RequestContext = { requestId: string; errors: number };
export declare const LOG_LEVELS: readonly string[];
export declare const logger: Logger;
export declare function logLevelProblem(value?: string): string | null;
export declare function withRequestContext<T>(context: RequestContext, run: () => T): T;
export declare function requestIdFrom(header: string | string[] | undefined): string;
export declare function log(level: Level, msg: string, fields?: Record<string, unknown>): void;
export declare function logFatal(error: unknown, msg?: string): void;
export declare function routeConsoleToLog(): void;
export declare function loggedUrl(url?: string): string;
