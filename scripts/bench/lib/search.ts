import { get } from "./sizes.ts";
import { orgName, personName, pick, rng, vocabulary, words, type Lang } from "./words.ts";

// Search latency as one visitor sees it: searches one after another (no concurrency), each
// with a different query, through the whole stack (HTTP, rendering, the full-text query).

export type SearchQuery = { locale: Lang; q: string; kind: string };

// A mix of what people type: one common word, two words, a rare word from the end of the
// vocabulary, a surname, an organisation.
export function searchQueries(n: number, seed = 95): SearchQuery[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const locale: Lang = i % 2 ? "en" : "ru";
    const v = vocabulary[locale];
    const x = r();
    if (x < 0.3) return { locale, q: words(r, locale, 1)[0]!, kind: "common word" };
    if (x < 0.5) return { locale, q: words(r, locale, 2).join(" "), kind: "two words" };
    if (x < 0.7) return { locale, q: pick(r, v.slice(Math.floor(v.length * 0.7))), kind: "rare word" };
    if (x < 0.85) return { locale, q: personName(r, locale).split(" ")[1]!, kind: "surname" };
    return { locale, q: orgName(r, locale), kind: "organisation" };
  });
}

export const searchPath = (s: SearchQuery) => `/${s.locale}/search?q=${encodeURIComponent(s.q)}`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export type SearchLatency = { n: number; p50: number; p95: number; p99: number; max: number; failures: number; slowest: string; byKind: string };

export async function measureSearch(base: string, n = 200): Promise<SearchLatency> {
  const samples: { ms: number; q: SearchQuery }[] = [];
  let failures = 0;
  for (const q of searchQueries(n)) {
    const res = await get(base, searchPath(q), { "accept-encoding": "br, gzip" });
    if (res.status !== 200) failures++;
    samples.push({ ms: res.ms, q });
  }
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const slowest = samples.reduce((a, b) => (b.ms > a.ms ? b : a));
  const kinds = [...new Set(samples.map((s) => s.q.kind))].map((kind) => {
    const ms = samples
      .filter((s) => s.q.kind === kind)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    return `${kind} p95 ${percentile(ms, 95).toFixed(0)} ms`;
  });
  return {
    n,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    failures,
    slowest: `${slowest.q.locale} «${slowest.q.q}» ${slowest.ms.toFixed(0)} ms`,
    byKind: kinds.join(", "),
  };
}
