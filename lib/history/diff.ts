import { diffWords } from "diff";
import { richTextToPlain, type RichText } from "@/lib/rich-text/schema";

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: string; parts: DiffPart[] };

// A field as words to compare: rich text as its plain text, lists and dates as text.
function asText(field: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (field === "body" && typeof value === "object") return richTextToPlain(value as RichText);
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

// Words as Unicode defines them: diff's own tokenizer knows only Latin letters, so a Russian
// word came apart into single letters ("Лид прОбноверочлёной ный лид").
const words = new Intl.Segmenter("ru", { granularity: "word" });

// Per-field word differences between two snapshots; unchanged fields are left out.
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown>, fields: readonly string[]): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of fields) {
    const a = asText(field, before?.[field]);
    const b = asText(field, after[field]);
    if (a === b) continue;
    out.push({
      field,
      parts: diffWords(a, b, { intlSegmenter: words }).map((p) => ({ value: p.value, added: p.added || undefined, removed: p.removed || undefined })),
    });
  }
  return out;
}
