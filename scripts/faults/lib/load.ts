// Concurrent request loops against a running site, recording every answer.

export type Target = { cls: string; path: string };
export type Sample = {
  cls: string;
  path: string;
  start: number;
  end: number;
  // The HTTP status, or null when no response arrived (see error).
  status: number | null;
  // ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET, timeout, …
  error?: string;
  // The marker of an internal detail found in the body (a stack frame, SQL, a driver error).
  leak?: string;
};

const LEAK_MARKERS: [string, RegExp][] = [
  ["at async", /at async/],
  ["prisma", /prisma/i],
  ["SELECT", /SELECT/],
  ["ECONNREFUSED", /ECONNREFUSED/],
  ["stack frame", /\n\s+at \S+ \(/],
];

// Lower-case "select" is the HTML element of every filter form, so SQL is matched in capitals only.
export function findLeak(body: string): string | undefined {
  return LEAK_MARKERS.find(([, pattern]) => pattern.test(body))?.[0];
}

function errorCode(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timeout";
  return e.cause?.code ?? e.code ?? e.cause?.name ?? e.name ?? "error";
}

// The load stands for many visitors behind one reverse proxy (the site runs with
// TRUST_PROXY_HOPS=1), so the per-address search limit does not turn it into 429s.
function visitorAddress(): string {
  return `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
}

// "{n}" in a target's path becomes a number new to each request, for searches the site's
// result store has never seen.
let requestNumber = 0;
const pathOf = (target: Target) => target.path.replace("{n}", String(++requestNumber));

export async function request(base: string, target: Target, timeoutMs = 10_000): Promise<Sample> {
  const start = Date.now();
  const path = pathOf(target);
  try {
    const response = await fetch(base + path, {
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "accept-language": "ru", "x-forwarded-for": visitorAddress() },
    });
    const body = await response.text();
    return { ...target, start, end: Date.now(), status: response.status, leak: findLeak(body) };
  } catch (error) {
    return { ...target, start, end: Date.now(), status: null, error: errorCode(error) };
  }
}

export type Load = { samples: Sample[]; stop: () => Promise<void> };

// `concurrency` loops, each sending the next target of the list as soon as its previous
// request has been answered, until stop() is called.
export function startLoad(base: string, targets: Target[], { concurrency = 16, timeoutMs = 10_000 } = {}): Load {
  const samples: Sample[] = [];
  let next = 0;
  let running = true;
  const loop = async () => {
    while (running) {
      const target = targets[next++ % targets.length]!;
      const sample = await request(base, target, timeoutMs);
      samples.push(sample);
      // A refused connection returns at once; don't spin while the server is away.
      if (sample.status === null) await sleep(20);
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const outcome = (s: Sample) => (s.status === null ? (s.error ?? "error") : String(s.status));
