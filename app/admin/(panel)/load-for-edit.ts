import "server-only";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";

type EditPageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A directory edit page's record, or the not-found page. `created` says the editor arrived
// here from saving a new record (the form adds ?created=1), so the header can say so.
export async function loadForEdit<T>({ params, searchParams }: EditPageProps, get: (id: string) => Promise<T | null>) {
  const user = await requirePageUser("structure.edit");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const record = await get(id);
  if (!record) notFound();
  return { user, record, created: created === "1" };
}
