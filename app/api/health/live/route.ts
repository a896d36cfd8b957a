export const dynamic = "force-dynamic";

// Liveness: the process answers requests. It stays 200 while the database is away, so a
// process manager does not restart servers that are still serving cached pages.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
