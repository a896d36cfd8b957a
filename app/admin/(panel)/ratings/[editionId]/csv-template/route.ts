import { getLocale } from "next-intl/server";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { getRatingTemplate } from "@/lib/ratings/admin-queries";
import { ratingCsvTemplate, ratingTemplateFileName } from "@/lib/ratings/csv-template";

type Context = RouteContext<"/admin/ratings/[editionId]/csv-template">;

// The import template of one edition, prefilled with its rows. Route handlers get no
// layout, so the permission is checked here.
export async function GET(_request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in required", { status: 401 });
  if (!can(user.role, "structure.edit")) return new Response("Forbidden", { status: 403 });
  const locale = await getLocale();
  const template = await getRatingTemplate((await params).editionId, locale);
  if (!template) return new Response("Not found", { status: 404 });
  return new Response(ratingCsvTemplate(template.rows, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ratingTemplateFileName(template.program, template.year)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
