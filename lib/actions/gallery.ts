"use server";
import { saveAlbum } from "@/lib/gallery/mutations";
import { albumFormInput, albumSchema } from "@/lib/zod/gallery";
import { formAction, settle } from "./guard";

// Editing an album needs structure.edit; changing a translation's status also needs
// content.publish, which the mutation checks against the stored status.
export const saveAlbumAction = formAction("structure.edit", albumSchema, albumFormInput, async (user, input) => settle(await saveAlbum(user, input)));
