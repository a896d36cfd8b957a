import { NotFoundView } from "@/components/not-found-view";

// Drawn by the client after a notFound() during a render (Next.js sends those as an empty
// shell); the server answers a page's first load with page-not-found instead (server/http/not-found-page.ts).
export default function NotFound() {
  return <NotFoundView />;
}
