"use server";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { findMediaUsages } from "@/lib/media/usages";
import { redirect } from "next/navigation";
import { listPickerImages } from "@/lib/media/admin-queries";
import { createVideoLink, deleteMedia as deleteMediaRow, updateMediaText as updateMediaTextRow } from "@/lib/media/mutations";
import { setVideoCaptions } from "@/lib/media/caption-mutations";
import { captionsSchema, mediaDeleteSchema, mediaPickerQuerySchema, mediaTextSchema, videoLinkSchema } from "@/lib/zod/media";
import { formText } from "@/lib/zod/translation";
import type { FormState } from "./form-state";
import { formAction, settle, withUser } from "./guard";

const MEDIA_TEXT_FIELDS = ["id", "version", "altRu", "altEn", "captionRu", "captionEn", "creditRu", "creditEn", "posterId"];

export const updateMediaText = formAction(
  "media.upload",
  mediaTextSchema,
  (formData) => formText(formData, MEDIA_TEXT_FIELDS),
  async (user, input) => {
    // Texts of an item already in use show on the site: changing them is an editor's call.
    if (!can(user.role, "content.publish") && (await findMediaUsages(db, input.id)).length > 0) return { error: "auth.forbidden" };
    return settle(await updateMediaTextRow(user.id, input));
  },
);

export const saveVideoCaptions = formAction(
  "media.upload",
  captionsSchema,
  (formData) => formText(formData, ["id", "locale", "remove"]),
  async (user, input, formData) => {
    if (!can(user.role, "content.publish") && (await findMediaUsages(db, input.id)).length > 0) return { error: "auth.forbidden" };
    const file = formData.get("file");
    const bytes = !input.remove && file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
    if (!input.remove && !bytes) return { fieldErrors: { file: ["required"] } };
    return settle(await setVideoCaptions(user.id, { id: input.id, locale: input.locale, file: bytes }));
  },
);

export const addVideoLink = formAction(
  "media.upload",
  videoLinkSchema,
  (formData) => formText(formData, ["url", "titleRu", "titleEn"]),
  async (user, input) => settle(await createVideoLink(user.id, input)),
);

export const deleteMedia = formAction(
  "media.upload",
  mediaDeleteSchema,
  (formData) => formText(formData, ["id"]),
  async (user, input) => {
    const state = await settle(await deleteMediaRow(user.id, input, undefined, { onlyOwn: !can(user.role, "content.publish") }));
    if (!state.ok) return state;
    redirect("/admin/media?deleted=1");
  },
  () => ({ error: "notFound" }),
);

// For the picker dialog of the editors: a page of images with their thumbnails.
export async function listMediaForPicker(input: { q?: string; page?: number }): Promise<FormState> {
  return withUser("content.write", async () => {
    const query = mediaPickerQuerySchema.parse(input && typeof input === "object" ? input : {});
    return { ok: true, data: await listPickerImages(query) };
  });
}
