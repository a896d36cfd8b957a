import "server-only";
import { db } from "@/lib/db";

export async function isDatabaseHealthy(timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const query = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([query, timeout]);
}

// The health check and the readiness probe both answer from the database: 200 with `upStatus`
// while it answers, 503 otherwise, never cached.
export async function databaseProbeResponse(upStatus: "ok" | "ready"): Promise<Response> {
  const up = await isDatabaseHealthy();
  return Response.json(
    { status: up ? upStatus : "unavailable", database: up ? "up" : "down" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
