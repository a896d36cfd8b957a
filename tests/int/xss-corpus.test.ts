import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ArticleView } from "@/components/article/article-view";
import { ImportIssues } from "@/components/admin/ratings/import-issues";
import { JsonLd } from "@/components/json-ld";
import { NewsCard } from "@/components/news-card";
import { RichText } from "@/components/rich-text";
import { SearchResults } from "@/components/search-results";
import { buildRss } from "@/lib/feeds/build";
import { parseRatingCsv, type CsvImportResult } from "@/lib/ratings/import";
import { normalizeEditorDoc } from "@/lib/rich-text/normalize";
import { richTextSchema, type RichText as RichDoc } from "@/lib/rich-text/schema";
import { searchParamsSchema } from "@/lib/search/schema";
import { highlightQuery, snippetToHtml } from "@/lib/search/snippet";
import { transliterateSlug } from "@/lib/slug";
import { parseNewsFilter } from "@/lib/articles/filter";
import { articleSharedSchema, articleTextSchema, createArticleSchema, publicationSchema } from "@/lib/zod/article";
import { articleListSchema } from "@/lib/zod/article-list";
import { parseAuditQuery } from "@/lib/zod/audit";
import { contactSchema, contactsListQuery } from "@/lib/zod/contacts";
import { documentSchema, documentsListQuery } from "@/lib/zod/documents";
import { albumSchema, galleryListQuery } from "@/lib/zod/gallery";
import { mediaTextSchema, parseMediaListQuery } from "@/lib/zod/media";
import { pageListQuery, pageTranslationSchema } from "@/lib/zod/pages";
import { peopleListQuery, personSchema } from "@/lib/zod/people";
import { practiceListQuery, practiceTranslationSchema } from "@/lib/zod/practices";
import { ratingListQuerySchema } from "@/lib/zod/ratings";
import { regionListQuery, regionTranslationSchema } from "@/lib/zod/regions";
import { parseUserListQuery, userCreateSchema } from "@/lib/zod/users";
import { catalogs } from "@/messages/catalog";
import { createPrisma } from "../../scripts/lib/prisma";
import { seedDatabase } from "../../scripts/seed";
import { markdownToRichText } from "../../scripts/seed/markdown";
import { executableMarkup, hasUnsafeScheme, xssCorpus, type XssCase } from "../fixtures/xss-corpus";
import { createTestDatabase } from "../support/test-db";

// next-intl's Link needs Next's router; a plain <a> keeps the href it would render.
vi.mock("@/i18n/navigation", () => ({
  Link: ({ href, ...rest }: { href: unknown }) => h("a", { ...rest, href: typeof href === "string" ? href : "/" }),
  getPathname: ({ locale, href }: { locale: string; href: string }) => `/${locale}${href}`,
}));

type Locale = "ru" | "en";
type Kind = "text" | "url" | "slug" | "email";
type Schema = { safeParse: (v: unknown) => { success: boolean; data?: unknown } };

// --- Every text field an editor fills, by schema: the payload goes in at `path`. ---
const REFUSED = Symbol("refused");
const emptyDoc = JSON.stringify({ type: "doc", content: [] });
const at = (o: unknown, path: string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
const withValue = (base: object, path: string[], value: string) => {
  const copy = structuredClone(base) as Record<string, unknown>;
  (at(copy, path.slice(0, -1)) as Record<string, unknown>)[path.at(-1)!] = value;
  return copy;
};
const group = (prefix: string, schema: Schema, base: object, entries: [string, Kind][], under: string[] = []) =>
  entries.map(([key, kind]) => ({
    name: `${prefix}.${key}`,
    kind,
    parse: (v: string) => {
      const r = schema.safeParse(withValue(base, [...under, key], v));
      return r.success ? at(r.data, [...under, key]) : REFUSED;
    },
  }));
const localized = (ru: object) => ({ ru, en: Object.fromEntries(Object.keys(ru).map((k) => [k, k === "status" ? "draft" : ""])) });
const board = { member: false, position: "" };
const contact = {
  id: "",
  version: "0",
  kind: "press",
  email: "a@example.org",
  phone: "",
  position: "",
  translations: { ru: { name: "N", address: "" }, en: { name: "N", address: "" } },
};

const fields = [
  ...group(
    "article",
    articleTextSchema,
    { articleId: "a1", locale: "ru", version: "1", title: "T", slug: "t", lead: "", body: emptyDoc, author: "", seoDescription: "" },
    [
      ["title", "text"],
      ["lead", "text"],
      ["author", "text"],
      ["seoDescription", "text"],
      ["slug", "slug"],
    ],
  ),
  ...group("article.create", createArticleSchema, { locale: "ru", title: "T", kind: "news" }, [["title", "text"]]),
  ...group("article.shared", articleSharedSchema, { articleId: "a1", version: "1", kind: "news", regionIds: [], coverId: "", sourceName: "", sourceUrl: "" }, [
    ["sourceName", "text"],
    ["sourceUrl", "url"],
  ]),
  ...group("article.withdraw", publicationSchema, { action: "withdraw", articleId: "a1", locale: "ru", version: "1", withdrawnNotice: "n" }, [
    ["withdrawnNotice", "text"],
  ]),
  ...group("article.unpublish", publicationSchema, { action: "unpublish", articleId: "a1", locale: "ru", version: "1", redirectTo: "" }, [
    ["redirectTo", "url"],
  ]),
  ...group("media", mediaTextSchema, { id: "m1", version: "1", altRu: "", altEn: "", captionRu: "", captionEn: "", creditRu: "", creditEn: "" }, [
    ["altRu", "text"],
    ["captionEn", "text"],
    ["creditRu", "text"],
  ]),
  ...group("page", pageTranslationSchema, { pageId: "p1", locale: "ru", version: "1", title: "T", description: "", body: emptyDoc, status: "draft" }, [
    ["title", "text"],
    ["description", "text"],
  ]),
  ...group(
    "practice",
    practiceTranslationSchema,
    { practiceId: "p1", locale: "ru", version: "1", slug: "s", title: "T", summary: "", body: emptyDoc, status: "draft" },
    [
      ["title", "text"],
      ["summary", "text"],
      ["slug", "slug"],
    ],
  ),
  ...group("region", regionTranslationSchema, { regionId: "r1", locale: "ru", version: "1", name: "N", capital: "", summary: "", profile: emptyDoc }, [
    ["name", "text"],
    ["capital", "text"],
    ["summary", "text"],
  ]),
  ...group(
    "person",
    personSchema,
    {
      id: "",
      version: "0",
      photoId: "",
      translations: localized({ name: "N", position: "", bio: "" }),
      memberships: { directorate: board, council: board, supervisory_board: board },
    },
    [
      ["name", "text"],
      ["position", "text"],
      ["bio", "text"],
    ],
    ["translations", "ru"],
  ),
  ...group(
    "document",
    documentSchema,
    { id: "", version: "0", fileId: "f1", pageId: "", position: "", translations: localized({ title: "T", description: "" }) },
    [
      ["title", "text"],
      ["description", "text"],
    ],
    ["translations", "ru"],
  ),
  ...group(
    "album",
    albumSchema,
    { id: "", version: "0", takenAt: "", coverId: "", items: [], translations: localized({ slug: "s", title: "T", description: "", status: "draft" }) },
    [
      ["title", "text"],
      ["description", "text"],
      ["slug", "slug"],
    ],
    ["translations", "ru"],
  ),
  ...group(
    "contact",
    contactSchema,
    contact,
    [
      ["name", "text"],
      ["address", "text"],
    ],
    ["translations", "ru"],
  ),
  ...group("contact", contactSchema, contact, [
    ["email", "email"],
    ["phone", "text"],
  ]),
  ...group(
    "user",
    userCreateSchema,
    { name: "N", email: "a@example.org", role: "editor", password: "a long passphrase", passwordConfirm: "a long passphrase" },
    [
      ["name", "text"],
      ["email", "email"],
    ],
  ),
];

// List pages' query strings: every value falls back to a default, never an error page.
const listQueries: ((v: string) => unknown)[] = [
  (v) => articleListSchema.parse({ q: v, kind: v, status: v, locale: v, translation: v, page: v }),
  (v) => parseMediaListQuery({ q: v, kind: v, missingAlt: v, page: v }),
  (v) => parseAuditQuery({ actor: v, entityType: v, action: v, locale: v, from: v, to: v, page: v }),
  (v) => parseUserListQuery({ q: v, role: v, status: v, page: v }),
  (v) => parseNewsFilter({ page: v, region: v, kind: v, year: v, month: v }),
  ...[pageListQuery, practiceListQuery, regionListQuery, peopleListQuery, documentsListQuery, galleryListQuery, contactsListQuery, ratingListQuerySchema].map(
    (s) => (v: string) => s.parse({ q: v, section: v, region: v, topic: v, board: v, on: v, status: v, kind: v, program: v, page: v }),
  ),
];
const counts = { fieldChecks: 0, refused: 0, renders: 0, saved: 0, searches: 0 };
const render = (locale: Locale, el: ReactElement) => {
  counts.renders++;
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, messages: catalogs[locale], timeZone: "Europe/Moscow", children: el }));
};
const expectInert = (html: string, allow?: string[]) => expect(executableMarkup(html, allow)).toEqual([]);
// Text as PostgreSQL keeps it: no NUL, unpaired surrogates replaced.
const stored = (s: string) => s.replace(/\u0000/g, "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
// A query string as the search page receives it: sent as UTF-8, so unpaired surrogates are gone.
const viaUrl = (s: string) => new URLSearchParams(new URLSearchParams({ q: s }).toString()).get("q")!;
const fits = (s: string, max: number) => s.trim().length <= max;
const marker = { ru: "зебра", en: "zebrafish" } as const;

// What an editor's paste can leave in TipTap's JSON: foreign attributes, unknown nodes, links.
function hostileEditorDoc(c: XssCase, locale: Locale, mediaId = "m1") {
  const text = (t: string, marks?: unknown[]) => ({ type: "text", text: t, marks });
  return {
    type: "doc",
    content: [
      { type: "paragraph", attrs: { onclick: c.payload }, content: [text(`${marker[locale]} ${c.label} `), text(c.payload, [{ type: "bold" }])] },
      { type: "heading", attrs: { level: 2, style: c.payload }, content: [text(c.payload, [{ type: "link", attrs: { href: c.payload, target: c.payload } }])] },
      {
        type: "bulletList",
        content: [
          {
            type: "listItem",
            content: [{ type: "paragraph", content: [text(c.payload, [{ type: "link", attrs: { href: "https://example.org/", onclick: c.payload } }])] }],
          },
        ],
      },
      { type: "htmlBlock", attrs: { html: c.payload }, content: [text(c.payload)] },
      { type: "iframe", attrs: { src: c.payload, srcdoc: c.payload } },
      { type: "image", attrs: { mediaId, src: c.payload, onerror: c.payload, label: c.payload } },
      {
        type: "blockquote",
        content: [{ type: "paragraph", content: [text(c.payload, [{ type: "italic" }, { type: "link", attrs: { href: `/ru/${c.payload}` } }])] }],
      },
    ],
  };
}

// The link targets of a document, to check each one's scheme.
const hrefs = (doc: unknown): string[] =>
  JSON.stringify(doc)
    .match(/"href":"(?:[^"\\]|\\.)*"/g)
    ?.map((m) => JSON.parse(m.slice(7)) as string) ?? [];

describe.each(xssCorpus)("$label", (c) => {
  it("is refused or kept as inert text by every editor and visitor input schema", () => {
    for (const f of fields) {
      const value = f.parse(c.payload);
      counts.fieldChecks++;
      if (value === REFUSED) {
        counts.refused++;
        continue;
      }
      const s = String(value);
      if (f.kind === "url") expect(hasUnsafeScheme(s) || s.startsWith("//"), `${f.name}: ${s}`).toBe(false);
      if (f.kind === "slug") expect(s, f.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      if (f.kind === "email") expect(s, f.name).toMatch(/^[^\s<>"'()]+@[^\s<>"'()]+$/);
      expectInert(renderToStaticMarkup(f.kind === "url" ? h("a", { href: s }, "x") : h("p", null, s)));
    }
    for (const q of listQueries) expect(() => q(c.payload)).not.toThrow();
  });

  it("makes a safe slug", () => {
    expect(transliterateSlug(c.payload)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    expect(transliterateSlug(c.payload).length).toBeLessThanOrEqual(80);
  });

  it("cannot become a link, node type or attribute in stored rich text", () => {
    const link = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: c.payload } }] }] }],
    };
    const parsed = richTextSchema.safeParse(link);
    if (parsed.success) expect(hasUnsafeScheme(c.payload)).toBe(false);
    expect(richTextSchema.safeParse({ type: "doc", content: [{ type: c.payload, content: [] }] }).success).toBe(false);
    const doc = normalizeEditorDoc(hostileEditorDoc(c, "ru"));
    const checked = richTextSchema.safeParse(doc);
    // Only a link longer than 2,048 characters is refused; everything else is cleaned, then accepted.
    expect(checked.success).toBe(`/ru/${c.payload}`.length <= 2_048);
    for (const href of hrefs(doc)) expect(hasUnsafeScheme(href), href).toBe(false);
    expect(JSON.stringify(doc)).not.toMatch(/"(onclick|onerror|srcdoc|style|target|html|src)"/);
    if (checked.success) {
      const html = render("ru", h(RichText, { doc: checked.data, media: {} }));
      expectInert(html);
      if (c.payload.includes("__xss")) expect(html).toContain("__xss");
    }
  });

  it("is refused or kept as text by the Markdown importer of the demo content", () => {
    for (const md of [c.payload, `[link](${c.payload})`, `## ${c.payload}`]) {
      let doc: RichDoc;
      try {
        doc = markdownToRichText(md);
      } catch {
        counts.refused++;
        continue;
      }
      expectInert(render("en", h(RichText, { doc })));
    }
  });

  it("reaches search only as escaped text", () => {
    const parsed = searchParamsSchema.safeParse({ q: c.payload, page: c.payload, kind: c.payload, region: c.payload, year: c.payload });
    expect(parsed.success).toBe(false);
    const q = searchParamsSchema.safeParse({ q: c.payload });
    if (q.success) expect(q.data.q).not.toMatch(/[\u0000-\u001f]/);
    expect(() => highlightQuery(c.payload)).not.toThrow();
    const html = snippetToHtml(`\u0001${c.payload}\u0002 … ${c.payload}`);
    expect(html.replace(/<\/?mark>/g, "")).not.toContain("<");
    expectInert(html);
  });

  it("is reported as plain text by the ratings CSV import", () => {
    const cell = `"${c.payload.replace(/"/g, '""')}"`;
    const files = [`region;rank;score\n${cell};${cell};${cell}\n`, `${cell},rank,score\nRU-TA,1,1\n`, `region,rank,score\nRU-TA,1,${cell}\n${cell},2,3\n`];
    for (const file of files) {
      const result = parseRatingCsv(file, [{ id: "r1", code: "RU-TA", slug: "tatarstan", names: ["Республика Татарстан", "Tatarstan"] }]);
      expect(result.ok).toBe(false);
      expectPlainIssues(result);
    }
  });

  it("stays data inside JSON-LD", () => {
    const data = { headline: c.payload, author: { name: c.payload } };
    const html = renderToStaticMarkup(h(JsonLd, { data }));
    const inner = /^<script type="application\/ld\+json">([^<]*)<\/script>$/.exec(html);
    expect(inner).not.toBeNull();
    expect(JSON.parse(inner![1]!)).toEqual(data);
  });
});

function expectPlainIssues(result: CsvImportResult) {
  if (result.ok) return;
  const errors = catalogs.en.AdminErrors as Record<string, unknown>;
  for (const issue of result.issues) {
    expect(
      issue.key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], errors),
      issue.key,
    ).toBeTypeOf("string");
    for (const v of Object.values(issue.values ?? {})) expect(["string", "number"]).toContain(typeof v);
  }
  const html = render("en", h(ImportIssues, { issues: result.issues, total: result.total }));
  expectInert(html);
}

describe("hostile texts saved through the back office and shown on the site", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let prisma: ReturnType<typeof createPrisma>;
  let lib: Awaited<ReturnType<typeof loadLib>>;
  const editor = { id: "", role: "editor" as const };
  let mediaId = "";
  let region = { id: "", version: 0 };
  const loadLib = async () => ({
    shared: await import("@/lib/articles/shared-mutations"),
    text: await import("@/lib/articles/mutations"),
    pub: await import("@/lib/articles/publication"),
    detail: await import("@/lib/articles/article"),
    media: await import("@/lib/media/mutations"),
    regions: await import("@/lib/regions/mutations"),
    search: await import("@/lib/search/queries"),
    ratings: await import("@/lib/ratings/mutations"),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.url, { log: () => {} });
    process.env.DATABASE_URL = db.url;
    prisma = createPrisma(db.url);
    lib = await loadLib();
    editor.id = (await prisma.user.create({ data: { name: "Хакер <img src=x onerror=alert('user-name')>", email: "xss@example.org", role: "editor" } })).id;
    const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: "#369" } })
      .png()
      .toBuffer();
    const file = { name: `"><img src=x onerror=window.__xss('file-name')>.png`, bytes: png };
    const texts = { alt: "Обложка", caption: "", credit: "" };
    mediaId = (await lib.media.createMediaFromUpload(editor.id, file, { ru: texts, en: texts })).id as string;
    region = await prisma.region.findUniqueOrThrow({ where: { slug: "tatarstan" }, select: { id: true, version: true } });
  }, 120_000);

  afterAll(async () => {
    await (await import("@/lib/db")).db.$disconnect();
    await prisma.$disconnect();
    await db.drop();
    console.log(
      `XSS corpus (integration): ${xssCorpus.length} strings × ${fields.length} input fields = ${counts.fieldChecks} schema checks (${counts.refused} refused), ` +
        `${counts.saved} saved texts read back, ${counts.searches} searches, ${counts.renders} component renders checked for executable markup`,
    );
  });

  // Each field gets the payload when its schema takes it, otherwise a harmless stand-in.
  const textInput = (c: XssCase, locale: Locale, articleId: string, version: number, slug: string) => {
    const or = (max: number, fallback: string) => (fits(c.payload, max) ? c.payload : fallback);
    const body = normalizeEditorDoc(hostileEditorDoc({ ...c, payload: c.payload.slice(0, 2_000) }, locale, mediaId));
    const raw = {
      articleId,
      locale,
      version: String(version),
      title: or(300, `${c.label} ${locale}`),
      slug,
      lead: or(1000, ""),
      body: JSON.stringify(body),
      author: or(200, ""),
      seoDescription: or(300, ""),
    };
    const parsed = articleTextSchema.safeParse(raw);
    expect(parsed.error?.issues).toBeUndefined();
    return parsed.data!;
  };

  it.each(xssCorpus)("$label: article, cover texts and region name are stored and render inertly", async (c) => {
    const created = await lib.shared.createArticle(editor, { locale: "ru", title: fits(c.payload, 300) ? c.payload : c.label, kind: "news" });
    const id = created.id as string;
    const ru = await prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: "ru" } });
    expect(ru.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const [locale, version] of [
      ["ru", 1],
      ["en", 0],
    ] as const) {
      const input = textInput(c, locale, id, version, `${locale === "ru" ? ru.slug : "en"}-${id.slice(-8)}`);
      expect(await lib.text.saveArticleText(editor, input)).toMatchObject({ ok: true });
      counts.saved++;
    }
    const url = /^https?:\/\/\S+$/i.test(c.payload) ? c.payload : null;
    const shared = await lib.shared.saveArticleShared(editor, {
      articleId: id,
      version: 1,
      kind: "news",
      regionIds: [region.id],
      coverId: mediaId,
      sourceName: fits(c.payload, 200) ? c.payload : null,
      sourceUrl: url,
    });
    expect(shared.ok).toBe(true);
    const media = await prisma.media.findUniqueOrThrow({ where: { id: mediaId } });
    const t = fits(c.payload, 500) ? c.payload : c.label;
    expect(
      (
        await lib.media.updateMediaText(editor.id, {
          id: mediaId,
          version: media.version,
          altRu: t,
          altEn: t,
          captionRu: t,
          captionEn: t,
          creditRu: t,
          creditEn: t,
        })
      ).ok,
    ).toBe(true);
    const name = fits(c.payload, 200) ? c.payload : c.label;
    const saved = await lib.regions.saveRegionTranslation(editor, {
      regionId: region.id,
      locale: "en",
      version: region.version,
      name,
      capital: name,
      summary: name,
      profile: { type: "doc", content: [] },
    });
    expect(saved.ok).toBe(true);
    region.version = (saved as { version: number }).version;
    for (const locale of ["ru", "en"] as const) {
      const v = (await prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id, locale } })).version;
      expect(await lib.pub.changePublication(editor, { action: "publish", articleId: id, locale, version: v })).toMatchObject({ ok: true });
    }

    const row = await prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: "en" } });
    expect(row.title).toBe(stored(fits(c.payload, 300) ? c.payload.trim() : `${c.label} en`));
    for (const locale of ["ru", "en"] as const) {
      const article = (await lib.detail.loadDetail(locale, id))!;
      const html = render(locale, h(ArticleView, { article, url: `https://airr.example/${locale}/press/news/${article.slug}` }));
      // React preloads the cover (<link rel="preload">); its URLs are still checked.
      expectInert(html, ["link"]);
      expect(html).toContain("<img");
      const card = render(
        locale,
        h(NewsCard, {
          article: {
            id,
            slug: article.slug,
            kind: "news",
            title: article.title,
            lead: article.lead,
            publishedAt: article.publishedAt,
            regions: article.regions,
          } as never,
        }),
      );
      expectInert(card);
      const result = await lib.search.searchSite(locale, { ...searchParamsSchema.parse({ q: viaUrl(c.payload).slice(0, 200) }), page: 1 });
      counts.searches++;
      expectInert(render(locale, h(SearchResults, { items: result.items })));
    }
  });

  it("lists the hostile articles in search results with escaped snippets", async () => {
    for (const locale of ["ru", "en"] as const) {
      const result = await lib.search.searchSite(locale, { q: marker[locale], page: 1 });
      counts.searches++;
      expect(result.total).toBeGreaterThanOrEqual(xssCorpus.length - 1);
      for (const item of result.items) expect(item.snippetHtml.replace(/<\/?mark>/g, "")).not.toContain("<");
      expectInert(render(locale, h(SearchResults, { items: result.items })));
    }
  });

  it("builds a well-formed feed whose texts stay text", async () => {
    const rows = await prisma.articleTranslation.findMany({
      where: { locale: "en", status: "published", body: { path: ["type"], equals: "doc" } },
      orderBy: { createdAt: "desc" },
      take: xssCorpus.length,
    });
    const articles = rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      kind: "news",
      title: r.title,
      lead: r.lead,
      author: r.author,
      publishedAt: r.createdAt.toISOString(),
      regions: [{ slug: "x", name: r.title }],
    }));
    const xml = buildRss(
      { locale: "en", title: "News", description: "d", pagePath: "/", feedPath: "/feed.xml" },
      articles,
      (l, p) => `https://airr.example/${l}${p}`,
      (k) => k,
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expectInert(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ""), ["link"]);
    const items = new XMLParser({ isArray: (n) => n === "item", cdataPropName: false }).parse(xml).rss.channel.item as { title: unknown }[];
    expect(items).toHaveLength(rows.length);
  });

  it("reports a hostile CSV by line without changing the edition", async () => {
    const edition = await prisma.ratingEdition.findFirstOrThrow({ where: { year: 2019, program: { key: "techsuccess" } } });
    const lines = xssCorpus
      .filter((c) => !/[\u0000-\u0008\u000b-\u001f]/.test(c.payload) && c.payload.length < 20_000)
      .map((c, i) => `"${c.payload.replace(/"/g, '""')}";${i + 1};"${c.payload.replace(/"/g, '""')}"`);
    const state = await lib.ratings.importRatingCsv(
      { id: editor.id },
      { editionId: edition.id, version: edition.version, content: `region;rank;score\n${lines.join("\n")}\n` },
    );
    expect(state.error).toBe("csv.invalid");
    expectPlainIssues({ ok: false, issues: state.data!.issues as never, total: Number(state.data!.total) });
    expect((await prisma.ratingEdition.findUniqueOrThrow({ where: { id: edition.id } })).version).toBe(edition.version);
  });
});
