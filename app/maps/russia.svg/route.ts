import { russiaBaseLayerSvg } from "@/lib/regions/russia-map";

// Drawn once at build; pages link it with the outlines' version in the query, so a browser
// may keep it for a year.
export const dynamic = "force-static";

export function GET() {
  return new Response(russiaBaseLayerSvg(), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
