"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/publishing/invalidate";
import { createRatingEdition, importRatingCsv, saveRatingEntries, setRatingEditionStatus, type Outcome } from "@/lib/ratings/mutations";
import { createRatingEditionSchema, importRatingCsvSchema, RATING_CSV_MAX_BYTES, ratingEditionStatusSchema, saveRatingEntriesSchema } from "@/lib/zod/ratings";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

const actorOf = async (user: CurrentUser) => ({ id: user.id, ip: clientIp(await headers()) });

// Expiry comes after the transaction, and only for a change that was applied.
function settle(outcome: Outcome): FormState {
  expireTags(outcome.tags);
  return outcome.state;
}

function parseJson(value: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(typeof value === "string" ? value : "");
  } catch {
    return null;
  }
}

export async function createRatingEditionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = createRatingEditionSchema.safeParse({ programId: formData.get("programId"), year: formData.get("year"), isDemo: formData.get("isDemo") });
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    const state = settle(await createRatingEdition(await actorOf(user), parsed.data));
    if (!state.ok) return state;
    redirect(`/admin/ratings/${encodeURIComponent(String(state.data?.id))}`);
  });
}

// The table sends its rows as one JSON field, so rows added or removed in the browser
// arrive in the order the editor sees them and errors come back by row index.
export async function saveRatingEntriesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = saveRatingEntriesSchema.safeParse({ editionId: formData.get("editionId"), version: formData.get("version"), rows: parseJson(formData.get("rows")) });
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settle(await saveRatingEntries(await actorOf(user), parsed.data));
  });
}

export async function importRatingCsvAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = importRatingCsvSchema.safeParse({ editionId: formData.get("editionId"), version: formData.get("version") });
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["csv.noFile"] } };
    // Checked before reading, so an oversized upload is never held in memory twice.
    if (file.size > RATING_CSV_MAX_BYTES) return { fieldErrors: { file: ["csv.tooLarge"] } };
    const content = new Uint8Array(await file.arrayBuffer());
    return settle(await importRatingCsv(await actorOf(user), { ...parsed.data, content }));
  });
}

// Publishing is a publisher's decision on top of editing the structure.
export async function setRatingEditionStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("content.publish", async (user) => {
    if (!can(user.role, "structure.edit")) return { error: "auth.forbidden" };
    const parsed = ratingEditionStatusSchema.safeParse({ editionId: formData.get("editionId"), version: formData.get("version"), publish: formData.get("publish") });
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settle(await setRatingEditionStatus(await actorOf(user), parsed.data));
  });
}
