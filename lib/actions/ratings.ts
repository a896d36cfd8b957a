"use server";
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/roles";
import { createRatingEdition, importRatingCsv, saveRatingEntries, setRatingEditionStatus } from "@/lib/ratings/mutations";
import { createRatingEditionSchema, importRatingCsvSchema, RATING_CSV_MAX_BYTES, ratingEditionStatusSchema, saveRatingEntriesSchema } from "@/lib/zod/ratings";
import { formAction, settle } from "./guard";

function parseJson(value: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(typeof value === "string" ? value : "");
  } catch {
    return null;
  }
}

export const createRatingEditionAction = formAction(
  "structure.edit",
  createRatingEditionSchema,
  (formData) => ({ programId: formData.get("programId"), year: formData.get("year"), isDemo: formData.get("isDemo") }),
  async (user, input) => {
    const state = await settle(await createRatingEdition(user, input));
    if (!state.ok) return state;
    redirect(`/admin/ratings/${encodeURIComponent(String(state.data?.id))}`);
  },
);

// The table sends its rows as one JSON field, so rows added or removed in the browser
// arrive in the order the editor sees them and errors come back by row index.
export const saveRatingEntriesAction = formAction(
  "structure.edit",
  saveRatingEntriesSchema,
  (formData) => ({ editionId: formData.get("editionId"), version: formData.get("version"), rows: parseJson(formData.get("rows")) }),
  async (user, input) => settle(await saveRatingEntries(user, input)),
);

export const importRatingCsvAction = formAction(
  "structure.edit",
  importRatingCsvSchema,
  (formData) => ({ editionId: formData.get("editionId"), version: formData.get("version") }),
  async (user, input, formData) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["csv.noFile"] } };
    // Checked before reading, so an oversized upload is never held in memory twice.
    if (file.size > RATING_CSV_MAX_BYTES) return { fieldErrors: { file: ["csv.tooLarge"] } };
    const content = new Uint8Array(await file.arrayBuffer());
    return settle(await importRatingCsv(user, { ...input, content }));
  },
);

// Publishing is a publisher's decision on top of editing the structure.
export const setRatingEditionStatusAction = formAction(
  "content.publish",
  ratingEditionStatusSchema,
  (formData) => ({ editionId: formData.get("editionId"), version: formData.get("version"), publish: formData.get("publish") }),
  async (user, input) => {
    if (!can(user.role, "structure.edit")) return { error: "auth.forbidden" };
    return settle(await setRatingEditionStatus(user, input));
  },
);
