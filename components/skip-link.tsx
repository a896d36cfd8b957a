import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("SkipLink");
  return (
    <a
      href="#main"
      className="no-print sr-only z-50 rounded bg-white px-4 py-2 font-medium text-brand-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      {t("label")}
    </a>
  );
}
