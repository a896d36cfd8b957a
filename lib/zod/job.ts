import { z } from "zod";
import { mailJobSchema } from "./alerts";

const id = z.string().min(1).max(64);

// What a change of a text's visibility or public wording sets off (lib/outreach/announce.ts);
// the handlers read the text's state when they run, so a late or repeated job does no harm.
// `published`: the text has just gone public (alerts go out); `changed`: corrected, moved,
// withdrawn or unpublished.
export const publicationJobSchema = z.object({
  translationId: id,
  event: z.enum(["published", "changed"]).default("changed"),
  previousUrl: z.string().max(2_000).optional(),
});
export type PublicationJob = z.infer<typeof publicationJobSchema>;

export const telegramJobSchema = z.object({ translationId: id });

// The body of /api/internal/jobs: a job the worker took from the queue.
export const jobRequestSchema = z.discriminatedUnion("queue", [
  z.object({ queue: z.literal("publish-due"), id, data: z.object({}).passthrough() }),
  z.object({ queue: z.literal("publication"), id, data: publicationJobSchema }),
  z.object({ queue: z.literal("indexnow"), id, data: z.object({}).passthrough() }),
  z.object({ queue: z.literal("telegram"), id, data: telegramJobSchema }),
  z.object({ queue: z.literal("mail"), id, data: mailJobSchema }),
]);
export type JobRequest = z.infer<typeof jobRequestSchema>;

// The back office's queue list: all jobs or the failed ones, a page of them.
export const jobListQuerySchema = z.object({
  state: z.enum(["failed"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type JobListQuery = z.infer<typeof jobListQuerySchema>;

// Another attempt at a failed job.
export const jobRetrySchema = z.object({ id: z.uuid(), queue: z.enum(["publish-due", "publication", "indexnow", "telegram", "mail"]) });
