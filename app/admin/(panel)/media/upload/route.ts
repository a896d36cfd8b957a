import { refuseCrossSite } from "@/lib/http/same-origin";
import { uploadMediaFromRequest, uploadStatus } from "@/lib/media/upload-request";

// Uploads of the media library. Route handlers get no layout: the session, role and origin are
// checked here and in uploadMediaFromRequest.
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const state = await uploadMediaFromRequest(request);
  return Response.json(state, { status: uploadStatus(state), headers: { "Cache-Control": "no-store" } });
}
