"use client";
import { SelectOptions } from "@/components/select-options";

export type VideoOption = { id: string; label: string };

// "Add a video…": a library video chosen from a list; the list resets after each choice.
export function VideoSelect({
  label,
  videos,
  onPick,
  className,
}: {
  label: string;
  videos: VideoOption[];
  onPick: (v: VideoOption) => void;
  className: string;
}) {
  if (videos.length === 0) return null;
  return (
    <select
      aria-label={label}
      value=""
      className={className}
      onChange={(e) => {
        const v = videos.find((o) => o.id === e.target.value);
        if (v) onPick(v);
      }}
    >
      <option value="">{label}</option>
      <SelectOptions options={videos.map((v) => ({ value: v.id, label: v.label }))} />
    </select>
  );
}
