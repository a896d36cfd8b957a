// A path segment from the URL, decoded; null for a malformed escape such as %E0%A4,
// so the page answers 404 instead of 500.
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
