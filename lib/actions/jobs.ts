"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { retryFailedJob } from "@/lib/jobs/enqueue";
import { jobRetrySchema } from "@/lib/zod/job";
import { formText } from "@/lib/zod/translation";
import { formAction } from "./guard";

// An editor sends a failed job round again (after fixing the channel's settings, say).
export const retryJobAction = formAction(
  "content.publish",
  jobRetrySchema,
  (formData) => formText(formData, ["id", "queue"]),
  async (_user, input) => {
    if (!(await retryFailedJob(db, input.queue, input.id))) return { error: "jobNotFailed" };
    revalidatePath("/admin/jobs");
    return { ok: true };
  },
  () => ({ error: "notFound" }),
);
