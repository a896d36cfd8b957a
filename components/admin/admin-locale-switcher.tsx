import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { setAdminLocale } from "@/lib/actions/auth";

// Plain forms: the back office's language can be changed even before JavaScript loads.
export async function AdminLocaleSwitcher() {
  const [t, current] = await Promise.all([getTranslations("AdminShell"), getLocale()]);
  return (
    <div role="group" aria-label={t("language")} className="flex gap-1 text-sm">
      {routing.locales.map((locale) => (
        <form key={locale} action={setAdminLocale}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            lang={locale}
            aria-pressed={locale === current}
            className="rounded px-2 py-1 aria-pressed:bg-brand-700 aria-pressed:text-white hover:underline"
          >
            {t(`locales.${locale}`)}
          </button>
        </form>
      ))}
    </div>
  );
}
