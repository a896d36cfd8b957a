"use server";
import { saveAlbum } from "@/lib/gallery/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { albumFormInput, albumSchema } from "@/lib/zod/gallery";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

// Editing an album needs structure.edit; changing a translation's status also needs
// content.publish, which the mutation checks against the stored status.
export async function saveAlbumAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = albumSchema.safeParse(albumFormInput(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleSave(await saveAlbum(user, parsed.data));
  });
}
