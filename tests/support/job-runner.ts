// Runs the queue's waiting jobs one by one, as a server's worker would (lib/jobs/worker.ts posts
// each to the job route, which calls runJob), until none is left; returns the outputs by queue.
import { jobRequestSchema } from "@/lib/zod/job";
import type { createPrisma } from "../../scripts/lib/prisma";

type Run = (job: ReturnType<typeof jobRequestSchema.parse>) => Promise<unknown>;

export async function drainJobs(prisma: ReturnType<typeof createPrisma>, runJob: Run) {
  const outputs: Record<string, unknown[]> = {};
  for (;;) {
    const [job] = await prisma.$queryRawUnsafe<{ id: string; name: string; data: object }[]>(
      `UPDATE pgboss.job SET state = 'active' WHERE id = (SELECT id FROM pgboss.job WHERE state = 'created' ORDER BY created_on LIMIT 1) RETURNING id, name, data`,
    );
    if (!job) return outputs;
    let output: unknown;
    try {
      output = await runJob(jobRequestSchema.parse({ queue: job.name, id: job.id, data: job.data }));
    } catch (error) {
      await prisma.$executeRawUnsafe(
        `UPDATE pgboss.job SET state = 'failed', output = $2::jsonb WHERE id = $1::uuid`,
        job.id,
        JSON.stringify({ message: String(error) }),
      );
      (outputs[`${job.name}:failed`] ??= []).push(String(error));
      continue;
    }
    await prisma.$executeRawUnsafe(`UPDATE pgboss.job SET state = 'completed' WHERE id = $1::uuid`, job.id);
    (outputs[job.name] ??= []).push(output);
  }
}

// For vi.mock("next-intl/server"): translations from the project's messages, outside Next.js.
export async function intlServerModule() {
  const { createTranslator } = await import("next-intl");
  const messages = { ru: (await import("@/messages/ru.json")).default, en: (await import("@/messages/en.json")).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: "ru" | "en"; namespace: never }) =>
      createTranslator({ locale, messages: messages[locale], namespace }),
  };
}
