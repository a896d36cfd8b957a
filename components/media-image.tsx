import { imageAttributes, type MediaImageData } from "@/lib/media/variants";

type Props = {
  image: MediaImageData;
  // The rendered width for the browser's choice from srcset, e.g. "(min-width: 768px) 33vw, 100vw".
  sizes: string;
  className?: string;
  figure?: boolean;
  priority?: boolean;
};

// A plain <img> with srcset: the variants are already resized WebP files made on upload,
// so next/image's optimizer would only re-encode them again on the server; width and
// height hold the aspect ratio before the file arrives (no layout shift).
export function MediaImage({ image, sizes, className, figure = false, priority = false }: Props) {
  const attrs = imageAttributes(image.variants, sizes);
  if (!attrs) return null;
  // eslint-disable-next-line @next/next/no-img-element -- see above: the variants are pre-built
  const img = <img {...attrs} alt={image.alt} loading={priority ? "eager" : "lazy"} decoding="async" className={className ?? "h-auto w-full"} />;
  if (!figure || (!image.caption && !image.credit)) return img;
  return (
    <figure className="space-y-2">
      {img}
      <figcaption className="text-sm text-slate-600">
        {image.caption}
        {image.caption && image.credit && " "}
        {image.credit && <span className="text-slate-600">{image.credit}</span>}
      </figcaption>
    </figure>
  );
}
