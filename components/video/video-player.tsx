import { useLocale, useTranslations } from "next-intl";
import type { VideoData } from "@/lib/media/video";
import { EmbedPlayer } from "./embed-player";

// A video of the library, played by the browser itself (nothing loads before play but its
// poster), or a hosted one behind a click (EmbedPlayer).
export function VideoPlayer({ video }: { video: VideoData }) {
  const t = useTranslations("Video");
  const locale = useLocale();
  if (video.kind === "embed") {
    const host = t(`hosts.${video.host}`);
    return <EmbedPlayer video={video} labels={{ play: t("play", { title: video.title }), note: t("loadsFrom", { host }), open: t("openOn", { host }) }} />;
  }
  return (
    <video controls preload="none" playsInline poster={video.poster?.src} aria-label={video.title} className="aspect-video w-full rounded bg-slate-900">
      <source src={video.url} type={video.mimeType} />
      {video.captions.map((c) => (
        <track key={c.locale} kind="captions" srcLang={c.locale} label={t(`captions.${c.locale}`)} src={c.url} default={c.locale === locale} />
      ))}
      <a href={video.url}>{t("download", { title: video.title })}</a>
    </video>
  );
}
