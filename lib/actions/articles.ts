"use server";
import { redirect } from "next/navigation";
import { changePublication } from "@/lib/articles/publication";
import { restoreArticleRevision } from "@/lib/articles/restore";
import { createArticle, saveArticleShared } from "@/lib/articles/shared-mutations";
import { saveArticleText, type MutationResult } from "@/lib/articles/mutations";
import { expireTags } from "@/lib/publishing/invalidate";
import { articleSharedSchema, articleTextSchema, createArticleSchema, publicationSchema } from "@/lib/zod/article";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

// Applies a mutation's result: expire what it changed. Times in the answer stay instants;
// the form says them in the editor's language.
async function finish(result: MutationResult): Promise<FormState> {
  expireTags(result.tags);
  return result.state;
}

export async function createArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await withUser("content.write", async (user) => {
    const parsed = createArticleSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return finish(await createArticle(user, parsed.data));
  });
  if (state.ok && typeof state.data?.id === "string") redirect(`/admin/articles/${state.data.id}`);
  return state;
}

export async function saveArticleTextAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("content.write", async (user) => {
    const parsed = articleTextSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return finish(await saveArticleText(user, parsed.data));
  });
}

export async function saveArticleSharedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("content.write", async (user) => {
    const parsed = articleSharedSchema.safeParse({ ...Object.fromEntries(formData), regionIds: formData.getAll("regionIds") });
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return finish(await saveArticleShared(user, parsed.data));
  });
}

export async function changePublicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("content.publish", async (user) => {
    const parsed = publicationSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues.map((i) => ({ ...i, path: ["scheduledAt", "embargoUntil"].includes(String(i.path[0])) ? ["when"] : i.path }))) };
    return finish(await changePublication(user, parsed.data));
  });
}

export async function restoreArticleRevisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("content.publish", async (user) => {
    const revisionId = String(formData.get("revisionId") ?? "");
    const version = Number(formData.get("version"));
    if (!revisionId || !Number.isInteger(version)) return { error: "invalid" };
    return finish(await restoreArticleRevision(user, revisionId, version));
  });
}
