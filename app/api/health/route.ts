import { isDatabaseHealthy } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await isDatabaseHealthy();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "up" : "down" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
