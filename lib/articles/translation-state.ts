// Whether one locale's text keeps up with the other's: missing, out of date (the other
// locale's text changed after this one was last saved), or up to date.
export type TranslationState = "missing" | "outdated" | "current";

type Side = { contentUpdatedAt: Date } | null | undefined;

export function translationState(self: Side, other: Side): TranslationState {
  if (!self) return "missing";
  if (other && other.contentUpdatedAt > self.contentUpdatedAt) return "outdated";
  return "current";
}
