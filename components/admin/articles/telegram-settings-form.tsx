"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { saveTelegramSettingsAction } from "@/lib/actions/press-list";
import { FieldErrors, FormError } from "../form-messages";
import { inputClass } from "../field";

type Props = { articleId: string; locale: "ru" | "en"; off: boolean; text: string; preview: string; messageId: number | null };

// The text's post in its language's channel: the editor sees what will go out and may word it
// differently, or keep this text out of the channel.
export function TelegramSettingsForm({ articleId, locale, off, text, preview, messageId }: Props) {
  const t = useTranslations("AdminEditor.outreach");
  const [state, action, pending] = useActionState(saveTelegramSettingsAction, initialFormState);
  const id = `telegram-${locale}`;
  return (
    <form action={action} className="flex flex-col gap-2">
      <h3 className="font-semibold">{t("telegramTitle")}</h3>
      {messageId !== null && <p className="text-slate-600">{t("telegramPosted", { id: messageId })}</p>}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="previous" value={text} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="off" defaultChecked={off} />
        {t("telegramSkip")}
      </label>
      <label htmlFor={id}>{t("telegramText")}</label>
      <textarea
        id={id}
        name="text"
        rows={4}
        maxLength={900}
        defaultValue={text}
        placeholder={preview}
        lang={locale}
        className={inputClass}
        aria-describedby={`${id}-hint ${id}-error`}
      />
      <p id={`${id}-hint`} className="text-slate-600">
        {t("telegramHint")}
      </p>
      <FieldErrors id={`${id}-error`} errors={state.fieldErrors?.text} />
      <FormError state={state} />
      {state.ok && (
        <p role="status" className="text-emerald-800">
          {t("telegramSaved")}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100 disabled:opacity-60"
      >
        {t("telegramSave")}
      </button>
    </form>
  );
}
