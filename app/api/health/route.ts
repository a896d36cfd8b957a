import { databaseProbeResponse } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = () => databaseProbeResponse("ok");
