"use server";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { findMediaUsages } from "@/lib/media/usages";
import { redirect } from "next/navigation";
import { listPickerImages } from "@/lib/media/admin-queries";
import { deleteMedia as deleteMediaRow, updateMediaText as updateMediaTextRow } from "@/lib/media/mutations";
import { expireTags } from "@/lib/publishing/invalidate";
import { mediaDeleteSchema, mediaPickerQuerySchema, mediaTextSchema } from "@/lib/zod/media";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function updateMediaText(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("media.upload", async (user) => {
    const names = ["id", "version", "altRu", "altEn", "captionRu", "captionEn", "creditRu", "creditEn"];
    const parsed = mediaTextSchema.safeParse(Object.fromEntries(names.map((n) => [n, field(formData, n)])));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    // Texts of an item already in use show on the site: changing them is an editor's call.
    if (!can(user.role, "content.publish") && (await findMediaUsages(db, parsed.data.id)).length > 0) return { error: "auth.forbidden" };
    const result = await updateMediaTextRow(user.id, parsed.data);
    expireTags(result.tags);
    return result.state;
  });
}

export async function deleteMedia(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("media.upload", async (user) => {
    const parsed = mediaDeleteSchema.safeParse({ id: field(formData, "id") });
    if (!parsed.success) return { error: "notFound" };
    const result = await deleteMediaRow(user.id, parsed.data, undefined, { onlyOwn: !can(user.role, "content.publish") });
    if (!result.state.ok) return result.state;
    expireTags(result.tags);
    redirect("/admin/media?deleted=1");
  });
}

// For the picker dialog of the editors: a page of images with their thumbnails.
export async function listMediaForPicker(input: { q?: string; page?: number }): Promise<FormState> {
  return withUser("content.write", async () => {
    const query = mediaPickerQuerySchema.parse(input && typeof input === "object" ? input : {});
    return { ok: true, data: await listPickerImages(query) };
  });
}
