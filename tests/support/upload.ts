import type { FormState } from "@/lib/actions/form-state";

// Sends a form to the media upload route as a browser does: multipart, from the site's origin.
export async function postUpload(form: FormData, headers: Record<string, string> = {}): Promise<{ status: number; state: FormState }> {
  const route = await import("@/app/admin/(panel)/media/upload/route");
  const response = await route.POST(
    new Request("http://localhost:3000/admin/media/upload", { method: "POST", body: form, headers: { origin: "http://localhost:3000", ...headers } }),
  );
  const json = response.headers.get("content-type")?.startsWith("application/json");
  return { status: response.status, state: json ? ((await response.json()) as FormState) : { error: await response.text() } };
}
