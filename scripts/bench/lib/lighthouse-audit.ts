import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

// Lighthouse's default configuration is its mobile profile: an emulated mid-range phone,
// simulated slow 4G and a 4× slower CPU (Lantern simulation, so the host's own speed
// matters little). Chromium is the system one; nothing is fetched from the internet.

export type Audit = {
  url: string;
  scores: Record<"performance" | "accessibility" | "best-practices" | "seo", number | null>;
  totalBytes: number;
  jsBytes: number;
  documentBytes: number;
  requests: number;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  // Audits of the four categories that did not pass (score below 0.9), by id.
  failed: string[];
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type SummaryItem = { resourceType: string; transferSize: number; requestCount: number };

export async function auditAll(urls: string[], chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium"): Promise<Audit[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const audits: Audit[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const items = ((lhr.audits["resource-summary"]?.details as { items?: SummaryItem[] } | undefined)?.items ?? []) as SummaryItem[];
      const of = (type: string) => items.find((i) => i.resourceType === type);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      audits.push({
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Audit["scores"],
        totalBytes: numeric("total-byte-weight") ?? of("total")?.transferSize ?? 0,
        jsBytes: of("script")?.transferSize ?? 0,
        documentBytes: of("document")?.transferSize ?? 0,
        requests: of("total")?.requestCount ?? 0,
        lcpMs: numeric("largest-contentful-paint"),
        tbtMs: numeric("total-blocking-time"),
        cls: numeric("cumulative-layout-shift"),
        failed: failedAudits(lhr),
      });
    }
    return audits;
  } finally {
    chrome.kill();
  }
}

type Lhr = {
  categories: Record<string, { auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null; scoreDisplayMode?: string; explanation?: string } | undefined>;
};

function failedAudits(lhr: Lhr): string[] {
  const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
  return [...ids].flatMap((id) => {
    const a = lhr.audits[id];
    const failed = a && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable" && a.score !== null && a.score < 0.9;
    return failed ? [a.explanation ? `${id} (${a.explanation.slice(0, 120)})` : id] : [];
  });
}

// The first article link of a news list page: an article that exists in that locale (not
// the one-line article the bench's publish test leaves behind).
export async function firstArticlePath(base: string, locale: "ru" | "en"): Promise<string> {
  const html = await fetch(`${base}/${locale}/press/news`).then((r) => r.text());
  const href = [...html.matchAll(new RegExp(`href="(/${locale}/press/news/[^"?#/]+)"`, "g"))].map((m) => m[1]!).find((h) => !h.includes("/bench-publish-"));
  if (!href) throw new Error(`No article link on ${base}/${locale}/press/news.`);
  return href;
}
