"use server";
import { saveAlbum } from "@/lib/gallery/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { albumFormInput, albumSchema } from "@/lib/zod/gallery";
import { formAction } from "./guard";

// Editing an album needs structure.edit; changing a translation's status also needs
// content.publish, which the mutation checks against the stored status.
export const saveAlbumAction = formAction("structure.edit", albumSchema, albumFormInput, async (user, input) => settleSave(await saveAlbum(user, input)));
