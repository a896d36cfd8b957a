import type { getTranslations } from "next-intl/server";
import type { JobRow } from "@/lib/jobs/admin-queries";

type T = Awaited<ReturnType<typeof getTranslations<"AdminJobs.output">>>;
const SKIPS = ["gone", "unconfigured", "off", "notPublished", "claimed", "noSmtp", "notPending", "notActive", "nothingNew", "limit"] as const;

// What a job did, in the editor's words: a failure's message as the channel gave it, or the
// outcome a finished job reported (lib/jobs/run.ts and the handlers it calls).
export function describeJobOutput(t: T, job: JobRow): string {
  const o = job.output ?? {};
  if (job.state === "failed" || job.state === "retry") return typeof o.message === "string" ? o.message : t("unknownError");
  if (job.state !== "completed") return "";
  if (typeof o.skipped === "string") return SKIPS.includes(o.skipped as never) ? t(`skipped.${o.skipped as (typeof SKIPS)[number]}`) : o.skipped;
  if (o.uncertain === true) return t("uncertain");
  switch (job.queue) {
    case "publish-due":
      return t("published", { published: Number(o.published ?? 0), refused: Number(o.refused ?? 0) });
    case "publication":
      return Array.isArray(o.channels) && o.channels.length ? t("channels", { channels: o.channels.join(", ") }) : t("noChannels");
    case "indexnow":
      return t("indexNow", { count: Number(o.sent ?? 0), status: String(o.status ?? "—") });
    case "mail":
      if (typeof o.sent === "string") return t("mailSent", { to: o.sent });
      if (typeof o.already === "string") return t("mailAlready", { to: o.already });
      if (typeof o.uncertain === "string") return t("mailUncertain", { to: o.uncertain });
      return t("recipients", { count: Number(o.recipients ?? 0) });
    case "telegram":
      if (o.posted !== undefined) return t("posted", { id: String(o.posted) });
      if (o.withdrawn) return t("withdrawn", { id: String(o.edited) });
      if (o.edited !== undefined) return t("edited", { id: String(o.edited) });
      return t("unchanged");
    default:
      return "";
  }
}
