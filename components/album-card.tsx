import { useTranslations } from "next-intl";
import { CardTitle, LongDate } from "@/components/card-parts";
import { MediaImage } from "@/components/media-image";
import type { AlbumCard as AlbumCardData } from "@/lib/gallery/queries";
import { routes } from "@/lib/routes";

export function AlbumCard({ album }: { album: AlbumCardData }) {
  const t = useTranslations("GalleryPage");
  const counts = [album.photoCount > 0 && t("photos", { count: album.photoCount }), album.videoCount > 0 && t("videos", { count: album.videoCount })].filter(
    Boolean,
  );
  return (
    <article className="flex h-full w-full flex-col overflow-hidden rounded-lg border border-slate-200">
      {album.cover ? (
        <MediaImage image={album.cover} sizes="(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw" className="aspect-[3/2] h-auto w-full object-cover" />
      ) : (
        // No picture yet (an album of recordings): a neutral panel keeps the grid even.
        <div aria-hidden="true" className="flex aspect-[3/2] items-center justify-center bg-gradient-to-br from-brand-800 to-accent-600">
          <svg viewBox="0 0 24 24" className="size-12 fill-white/80">
            <path d="M8 5v14l11-7z" />
          </svg>
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <CardTitle href={routes.album(album.slug)}>{album.title}</CardTitle>
        <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
          {album.takenAt && <LongDate value={album.takenAt} />}
          <span>{counts.join(", ")}</span>
        </p>
      </div>
    </article>
  );
}
