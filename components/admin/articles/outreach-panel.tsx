import { getTranslations } from "next-intl/server";
import { getOutreachState } from "@/lib/outreach/editor-data";
import { AdvanceCopyForm } from "./advance-copy-form";
import { TelegramSettingsForm } from "./telegram-settings-form";

type Props = { articleId: string; locale: "ru" | "en"; version: number; isPressRelease: boolean };

// Where this language of the text goes besides the site: its Telegram post, and for an
// embargoed press release the advance copy to the press list.
export async function OutreachPanel({ articleId, locale, version, isPressRelease }: Props) {
  const [t, state] = await Promise.all([getTranslations("AdminEditor.outreach"), getOutreachState(articleId, locale)]);
  if (!state) return null;
  return (
    <details className="rounded border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t("title")}</summary>
      <div className="mt-3 flex flex-col gap-4">
        {isPressRelease && state.embargoed && <AdvanceCopyForm articleId={articleId} locale={locale} version={version} {...state.advance} />}
        {state.telegram.configured ? (
          <TelegramSettingsForm articleId={articleId} locale={locale} {...state.telegram} />
        ) : (
          <p className="text-slate-600">{t("telegramOff")}</p>
        )}
      </div>
    </details>
  );
}
