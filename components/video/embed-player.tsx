"use client";
import { useState } from "react";
import type { VideoData } from "@/lib/media/video";

type Embed = Extract<VideoData, { kind: "embed" }>;
type Labels = { play: string; note: string; open: string };

// A hosted video shows its poster and a play button; the host's player, and with it every
// request to the host, comes only after the click. Without JavaScript the link still leads there.
export function EmbedPlayer({ video, labels }: { video: Embed; labels: Labels }) {
  const [playing, setPlaying] = useState(false);
  return (
    <div className="space-y-1">
      <div className="relative aspect-video w-full overflow-hidden rounded bg-slate-900">
        {playing ? (
          <iframe
            src={video.embedUrl}
            title={video.title}
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            className="absolute inset-0 h-full w-full border-0"
          />
        ) : (
          <button type="button" onClick={() => setPlaying(true)} className="group absolute inset-0 flex h-full w-full items-center justify-center">
            {video.poster && (
              // eslint-disable-next-line @next/next/no-img-element -- pre-built variants, see components/media-image.tsx
              <img {...video.poster} alt="" className="absolute inset-0 h-full w-full object-cover opacity-80 group-hover:opacity-100" />
            )}
            <span className="relative flex items-center gap-2 rounded-full bg-white/95 px-5 py-3 font-semibold text-brand-900 shadow group-focus-visible:outline group-focus-visible:outline-2">
              <span aria-hidden="true">▶</span>
              {labels.play}
            </span>
          </button>
        )}
      </div>
      <p className="text-xs text-slate-600">
        {playing ? null : `${labels.note} `}
        <a href={video.watchUrl} rel="noopener noreferrer" className="text-link">
          {labels.open}
        </a>
      </p>
    </div>
  );
}
