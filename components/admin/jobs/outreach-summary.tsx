import { getTranslations } from "next-intl/server";
import type { outreachChannels } from "@/lib/jobs/admin-queries";

// Where this site's news goes besides the site itself, as configured on the server: an editor
// sees at once that, say, no Telegram channel is set and why nothing was posted.
export async function OutreachSummary({ channels }: { channels: Awaited<ReturnType<typeof outreachChannels>> }) {
  const t = await getTranslations("AdminJobs.channels");
  const off = <span className="text-slate-600">{t("off")}</span>;
  return (
    <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
      <dt className="font-medium">{t("mail")}</dt>
      <dd>
        {channels.mail ? t("mailOn", { from: channels.mail.from, count: channels.mail.subscribers }) : <span className="text-red-800">{t("mailOff")}</span>}
      </dd>
      <dt className="font-medium">{t("indexNow")}</dt>
      <dd className="break-all">{channels.indexNow ?? off}</dd>
      <dt className="font-medium">{t("telegramRu")}</dt>
      <dd>{channels.telegram.ru ?? off}</dd>
      <dt className="font-medium">{t("telegramEn")}</dt>
      <dd>{channels.telegram.en ?? off}</dd>
    </dl>
  );
}
