import { useTranslations } from "next-intl";
import { CopyLinkButton } from "./copy-link-button";
import { PrintButton } from "./print-button";

const linkClass = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-brand-50";

export function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = useTranslations("ShareLinks");
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const external = [
    { href: `https://t.me/share/url?url=${u}&text=${text}`, label: t("telegram") },
    { href: `https://vk.com/share.php?url=${u}&title=${text}`, label: t("vk") },
  ];
  return (
    <section aria-label={t("title")} className="no-print flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{t("title")}</h2>
      <CopyLinkButton url={url} label={t("copy")} done={t("copied")} />
      <a className={linkClass} href={`mailto:?subject=${text}&body=${u}`}>
        {t("email")}
      </a>
      {external.map((l) => (
        <a key={l.href} className={linkClass} href={l.href} target="_blank" rel="noopener noreferrer">
          {l.label}
          <span className="sr-only"> {t("newWindow")}</span>
        </a>
      ))}
      <PrintButton label={t("print")} />
    </section>
  );
}
