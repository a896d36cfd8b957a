// Everything the configuration alone can tell is wrong, found before any connection is tried,
// so a mistake is named within a moment of starting.
import { adminEnvProblem } from "../lib/zod/admin-env.ts";
import { mediaStorageProblem } from "../lib/media/storage-config.ts";
import { secretProblem } from "./auth-secret.ts";
import { cacheMemoryProblem } from "./cache/memory-budget.mjs";
import { placeholderProblem } from "./http/proxy-nonce.ts";
import { renderGateProblem } from "./http/render-gate.ts";
import { logLevelProblem } from "./log.mjs";

type Env = Record<string, string | undefined>;

export function portOf(env: Env = process.env): number {
  return Number(env.PORT || 3000);
}

function portProblem(env: Env): string | null {
  const port = portOf(env);
  return Number.isInteger(port) && port > 0 && port < 65536 ? null : `PORT must be a number between 1 and 65535 (it is "${env.PORT}").`;
}

export function configProblem(env: Env = process.env): string | null {
  return (
    logLevelProblem(env.LOG_LEVEL) ??
    portProblem(env) ??
    secretProblem(env) ??
    adminEnvProblem(env) ??
    placeholderProblem(env) ??
    cacheMemoryProblem(env) ??
    renderGateProblem(env) ??
    mediaStorageProblem(env)
  );
}
