"use server";
import { redirect } from "next/navigation";
import { changePublication } from "@/lib/articles/publication";
import { restoreArticleRevision } from "@/lib/articles/restore";
import { createArticle, saveArticleShared } from "@/lib/articles/shared-mutations";
import { saveArticleText } from "@/lib/articles/mutations";
import { articleSharedSchema, articleTextSchema, createArticleSchema, publicationSchema } from "@/lib/zod/article";
import type { FormState } from "./form-state";
import { formAction, formEntries, settle, withUser, zodFieldErrors } from "./guard";

const toWhen = (issues: { path: PropertyKey[]; message: string }[]) => ({
  fieldErrors: zodFieldErrors(issues.map((i) => ({ ...i, path: ["scheduledAt", "embargoUntil"].includes(String(i.path[0])) ? ["when"] : i.path }))),
});

const createArticleInForm = formAction("content.write", createArticleSchema, formEntries, async (user, input) => settle(await createArticle(user, input)));

export async function createArticleAction(prev: FormState, formData: FormData): Promise<FormState> {
  const state = await createArticleInForm(prev, formData);
  if (state.ok && typeof state.data?.id === "string") redirect(`/admin/articles/${state.data.id}`);
  return state;
}

export const saveArticleTextAction = formAction("content.write", articleTextSchema, formEntries, async (user, input) =>
  settle(await saveArticleText(user, input)),
);

export const saveArticleSharedAction = formAction(
  "content.write",
  articleSharedSchema,
  (formData) => ({ ...formEntries(formData), regionIds: formData.getAll("regionIds") }),
  async (user, input) => settle(await saveArticleShared(user, input)),
);

// A bad time of either kind is shown at the one "when" field of the form.
export const changePublicationAction = formAction(
  "content.publish",
  publicationSchema,
  formEntries,
  async (user, input) => settle(await changePublication(user, input)),
  toWhen,
);

export async function restoreArticleRevisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("content.publish", async (user) => {
    const revisionId = String(formData.get("revisionId") ?? "");
    const version = Number(formData.get("version"));
    if (!revisionId || !Number.isInteger(version)) return { error: "invalid" };
    return settle(await restoreArticleRevision(user, revisionId, version));
  });
}
