import { isDatabaseHealthy } from "@/lib/health";

export const dynamic = "force-dynamic";

// Readiness: the database answers, so every page can be rendered. A load balancer sends
// traffic elsewhere while this is 503.
export async function GET() {
  const ready = await isDatabaseHealthy();
  return Response.json(
    { status: ready ? "ready" : "unavailable", database: ready ? "up" : "down" },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
