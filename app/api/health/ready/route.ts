import { databaseProbeResponse } from "@/lib/health";

export const dynamic = "force-dynamic";

// Readiness: the database answers, so every page can be rendered. A load balancer sends
// traffic elsewhere while this is 503.
export const GET = () => databaseProbeResponse("ready");
