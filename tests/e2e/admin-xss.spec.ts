import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { xssCorpus, type XssCase } from "../fixtures/xss-corpus";
import { ADMIN, ArticleEditor, signIn } from "./admin-support";

// Every hostile string goes through the back office's real forms into articles, media texts
// and a CSV import, and into every URL a visitor can type; then each page that shows them is
// loaded in a browser that records any call of window.__xss, any dialog, page errors, foreign
// scripts and executable attributes.

const ARTICLES = 3;
const LOCALES = ["ru", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Packed = { value: string; labels: string[] };

// What the page holds that a hostile string could have put there. Runs in the browser.
function inspectDom(): string[] {
  const bad: string[] = [];
  const nextInline = /^\s*(\(?self\.__next_f|\(globalThis\["TURBOPACK"\]|\$R[A-Z]?\(|requestAnimationFrame\()/;
  for (const s of Array.from(document.querySelectorAll("script"))) {
    if (s.src) {
      const u = new URL(s.src, location.href);
      if (u.origin !== location.origin || !u.pathname.startsWith("/_next/")) bad.push(`script src=${s.src.slice(0, 60)}`);
    } else if (s.type === "application/ld+json") {
      try {
        JSON.parse(s.textContent ?? "");
      } catch {
        bad.push("broken ld+json");
      }
    } else if (!nextInline.test(s.textContent ?? "")) bad.push(`inline script ${(s.textContent ?? "").slice(0, 60)}`);
  }
  for (const el of Array.from(document.querySelectorAll("iframe, frame, object, embed, base, meta[http-equiv], applet"))) bad.push(`<${el.localName}>`);
  const clean = (v: string) => v.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  // React's own stand-in action of a form whose action is a function: it only throws.
  const reactForm = /^javascript:thrownewerror\('areactformwasunexpectedlysubmitted/;
  for (const el of Array.from(document.querySelectorAll("*"))) {
    for (const a of Array.from(el.attributes)) {
      const v = clean(a.value);
      if (a.name.startsWith("on") || a.name === "srcdoc") bad.push(`${el.localName}[${a.name}]`);
      else if (/^(href|src|action|formaction|xlink:href|data)$/.test(a.name) && /^(javascript|vbscript):/.test(v) && !reactForm.test(v))
        bad.push(`${el.localName}[${a.name}=${v.slice(0, 40)}]`);
      else if (/^(href|action|formaction|data)$/.test(a.name) && v.startsWith("data:")) bad.push(`${el.localName}[${a.name}=data:]`);
    }
  }
  return bad;
}

class Watch {
  readonly found = { xss: [] as string[], dialogs: [] as string[], errors: [] as string[], dom: [] as string[], crashes: [] as string[], csp: [] as string[] };
  exposures = 0;
  loads = 0;

  async arm(context: BrowserContext) {
    await context.exposeBinding("__xssReport", ({ frame }, label: unknown) => void this.found.xss.push(`${String(label)} @ ${frame.url().slice(0, 120)}`));
  }

  async page(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __xss: (l: unknown) => void; __xssReport: (l: string) => void };
      w.__xss = (label) => w.__xssReport(String(label));
    });
    page.on("dialog", (d) => {
      this.found.dialogs.push(`${d.type()} "${d.message()}" @ ${page.url().slice(0, 120)}`);
      void d.dismiss().catch(() => {});
    });
    page.on("pageerror", (e) => void this.found.errors.push(`${e.message.slice(0, 120)} @ ${page.url().slice(0, 120)}`));
    // The site's policy would stop an injected script, so the traps above alone do not prove the
    // escaping; violations are counted and printed with the summary.
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) this.found.csp.push(`${m.text().slice(0, 120)} @ ${page.url().slice(0, 120)}`);
    });
    return page;
  }

  // The traps must catch a payload that does run, or a clean run would prove nothing.
  async selfTest(page: Page) {
    // A blank document: the site's Content-Security-Policy would (rightly) block the trap payload.
    await page.goto("about:blank");
    await page.setContent(`<img src="data:," onerror="window.__xss('self-test')"><a href="javascript:void 0">x</a>`);
    await expect.poll(() => this.found.xss.length).toBe(1);
    await page.evaluate(() => setTimeout(() => alert("self-test")));
    await expect.poll(() => this.found.dialogs.length).toBe(1);
    await this.check(page, "self-test");
    expect(this.found.dom).toEqual(["img[onerror] @ self-test", "a[href=javascript:void0] @ self-test"]);
    for (const list of Object.values(this.found)) list.length = 0;
  }

  // Loads a page showing `exposures` string×field placements; any 5xx is a crash.
  async visit(page: Page, url: string, exposures: number) {
    const response = await page.goto(url, { waitUntil: "load" });
    this.loads++;
    this.exposures += exposures;
    if (!response || response.status() >= 500) this.found.crashes.push(`${response?.status()} ${url.slice(0, 120)}`);
    await this.check(page, url);
  }

  async check(page: Page, where = page.url()) {
    for (const b of await page.evaluate(inspectDom)) this.found.dom.push(`${b} @ ${where.slice(0, 120)}`);
  }

  // Loads the URLs on a few pages at once: the run has to stay short.
  async visitAll(pages: Page[], visits: [url: string, exposures: number][]) {
    const queue = [...visits];
    await Promise.all(
      pages.map(async (p) => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) await this.visit(p, ...next);
      }),
    );
  }
}

// Spreads as many corpus strings as fit over `slots` values of at most `max` characters each.
function pack(cases: XssCase[], max: number, slots: number, offset = 0): Packed[] {
  const out: Packed[] = Array.from({ length: slots }, () => ({ value: "", labels: [] }));
  const rotated = [...cases.slice(offset % cases.length), ...cases.slice(0, offset % cases.length)];
  for (const c of rotated) {
    const slot = out.find((s) => (s.value ? s.value.length + 1 : 0) + c.payload.length <= max);
    if (!slot) continue;
    slot.value = slot.value ? `${slot.value} ${c.payload}` : c.payload;
    slot.labels.push(c.label);
  }
  return out.map((s) => (s.value.trim() ? s : { value: "x", labels: [] }));
}

const q = (s: string) => encodeURIComponent(s.toWellFormed());
const stamp = Date.now().toString(36);
// Input fields drop line breaks; what reaches the server is what a browser would send.
const pasteBlob = ["<p>Hostile paste</p>", ...xssCorpus.filter((c) => c.payload.length <= 20_000).map((c) => c.payload)].join("\n");

async function paste(editor: ArticleEditor, locale: Locale, html: string) {
  const body = editor.column(locale).getByRole("textbox", { name: "Text" });
  await body.click();
  await body.evaluate((el, blob) => {
    const data = new DataTransfer();
    data.setData("text/html", blob);
    data.setData("text/plain", blob);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

async function uploadCover(watch: Watch, page: Page, alt: Packed[], caption: Packed[]) {
  await watch.visit(page, "/admin/media", 0);
  const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer();
  const name = `xss-${stamp} "><img src=x onerror=window.__xss('file-name')>.png`;
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "image/png", buffer: png });
  for (const [label, packed] of [
    ["Alternative text (RU)", alt[0]!],
    ["Alternative text (EN)", alt[1]!],
    ["Caption (RU)", caption[0]!],
    ["Caption (EN)", caption[1]!],
  ] as const) {
    await page.getByLabel(label).fill(packed.value);
  }
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("The file was uploaded.")).toBeVisible({ timeout: 15_000 });
  await watch.check(page);
  const href = await page.getByRole("link", { name: "Open the file's card" }).getAttribute("href");
  return href!.split("/").pop()!;
}

type Article = { id: string; slugs: Record<Locale, string>; texts: Record<Locale, Record<string, Packed>>; cover: boolean };

async function writeArticle(watch: Watch, page: Page, k: number, texts: Article["texts"], cover: boolean): Promise<Article> {
  const editor = await ArticleEditor.create(page, texts.ru.title!.value);
  for (const locale of LOCALES) {
    const col = editor.column(locale);
    if (locale === "en") {
      await col.getByLabel("Title").fill(texts.en.title!.value);
      await col.getByLabel("Address (slug)").fill(`xss-${stamp}-${k}-en`);
    }
    await col.getByLabel("Lead").fill(texts[locale].lead!.value);
    await col.getByLabel("Author").fill(texts[locale].author!.value);
    await col.getByLabel("Search engine description").fill(texts[locale].seo!.value);
    await paste(editor, locale, pasteBlob);
    await editor.save(locale);
  }
  if (cover) {
    await page.getByRole("button", { name: "Choose", exact: true }).click();
    const picker = page.getByRole("dialog", { name: "Choose an image" });
    await picker.getByLabel("Search by file name and alt text").fill(`xss-${stamp}`);
    await picker.getByRole("button", { name: "Search", exact: true }).click();
    await picker
      .getByRole("button", { name: /^Choose: / })
      .first()
      .click();
    await page.getByLabel("Source (name)").fill(texts.ru.author!.value);
    await page.getByLabel("Source (address)").fill(`https://example.org/?q="><script>window.__xss('source-url')</script>`);
    const shared = page.locator("form").filter({ has: page.getByRole("button", { name: "Save shared fields" }) });
    await shared.getByRole("button", { name: "Save shared fields" }).click();
    await expect(shared.getByRole("status")).toContainText(/Saved \(version \d+\)/);
  }
  for (const locale of LOCALES) await editor.publish(locale);
  await watch.check(page);
  return { id: page.url().split("/").pop()!, slugs: { ru: await editor.slug("ru"), en: await editor.slug("en") }, texts, cover };
}

const count = (...packs: (Packed | undefined)[]) => packs.reduce((n, p) => n + (p?.labels.length ?? 0), 0);

async function adminPages(browser: Browser, watch: Watch): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ locale: "en-US" });
  await watch.arm(context);
  const page = await watch.page(context);
  await signIn(page, ADMIN);
  return [context, page];
}

test("hostile strings in every field and URL never run on any page", async ({ browser }) => {
  test.setTimeout(240_000);
  const watch = new Watch();
  const started = Date.now();
  const [context, admin] = await adminPages(browser, watch);
  await watch.selfTest(admin);

  // Texts: the corpus spread over every article text field in both languages.
  const limits = { title: 300, lead: 1000, author: 200, seo: 300 } as const;
  const texts = Array.from({ length: ARTICLES }, () => ({ ru: {}, en: {} }) as Article["texts"]);
  for (const [field, max] of Object.entries(limits)) {
    LOCALES.forEach((locale, i) => pack(xssCorpus, max, ARTICLES, i * 37).forEach((p, k) => (texts[k]![locale][field] = p)));
  }
  const alt = pack(xssCorpus, 500, 2, 11);
  const caption = pack(xssCorpus, 2000, 2, 53);
  const mediaId = await uploadCover(watch, admin, alt, caption);
  const articles: Article[] = [];
  for (let k = 0; k < ARTICLES; k++) articles.push(await writeArticle(watch, admin, k, texts[k]!, k === 0));
  const bodyStrings = xssCorpus.filter((c) => c.payload.length <= 20_000).length;

  // Public pages that show those texts.
  const pages = [admin, await watch.page(context), await watch.page(context)];
  const own = (a: Article, l: Locale) => count(a.texts[l].title, a.texts[l].lead, a.texts[l].author, a.texts[l].seo) + bodyStrings;
  const cover = (a: Article, l: Locale) => (a.cover ? count(alt[LOCALES.indexOf(l)], caption[LOCALES.indexOf(l)], a.texts.ru.author) : 0);
  const shown = (a: Article, l: Locale) => own(a, l) + cover(a, l);
  const listed = (l: Locale) => articles.reduce((n, a) => n + count(a.texts[l].title, a.texts[l].lead), 0);
  for (const a of articles) {
    for (const l of LOCALES) {
      await watch.visit(admin, `/${l}/press/news/${a.slugs[l]}`, shown(a, l));
      // The pasted text and the cover's description did reach the page, as text.
      await expect(admin.locator("article .prose-airr")).toContainText("Hostile paste");
      await expect(admin.locator("article .prose-airr")).toContainText("__xss");
      if (a.cover) await expect(admin.locator("article img").first()).toHaveAttribute("alt", /__xss/);
      await watch.visit(admin, `/${l}/preview/articles/${a.id}`, shown(a, l));
    }
  }
  for (const l of LOCALES) {
    for (const path of [`/${l}`, `/${l}/press/news`, `/${l}/feed.xml`]) await watch.visit(admin, path, listed(l));
  }

  // The back office's own lists, editor, history, media and audit pages.
  for (const a of articles) {
    await watch.visit(
      admin,
      `/admin/articles/${a.id}`,
      LOCALES.reduce((n, l) => n + shown(a, l), 0),
    );
    for (const l of LOCALES) await watch.visit(admin, `/admin/articles/${a.id}/history?locale=${l}`, own(a, l));
  }
  await watch.visit(admin, "/admin", listed("ru") + listed("en"));
  await watch.visit(admin, "/admin/articles", listed("ru"));
  await watch.visit(admin, "/admin/audit", 0);
  await watch.visit(admin, `/admin/media?q=xss-${stamp}`, 1 + count(...alt));
  await watch.visit(admin, `/admin/media/${mediaId}`, 1 + count(...alt, ...caption));

  // A rating import whose cells are the corpus: the error report names them as text.
  await watch.visit(admin, "/admin/ratings", 0);
  await watch.visit(admin, (await admin.locator('a[href^="/admin/ratings/"]').first().getAttribute("href"))!, 0);
  const csvCases = xssCorpus.filter((c) => !/[\u0000-\u0008\u000b-\u001f]/.test(c.payload) && c.payload.length < 20_000);
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const csv = ["region;rank;score", ...csvCases.map((c, i) => `${cell(c.payload)};${i % 2 ? cell(c.payload) : i + 1};${i % 2 ? 1 : cell(c.payload)}`)].join(
    "\n",
  );
  await admin.getByLabel("CSV file").setInputFiles({ name: `"><svg onload=alert('csv-name')>.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await admin.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(admin.getByRole("heading", { name: "Errors in the file" })).toBeVisible();
  await expect(admin.getByText("<img src=x onerror=", { exact: false }).first()).toBeVisible();
  await watch.check(admin);
  watch.exposures += csvCases.length * 3;

  // Search: the whole corpus as the query in both languages, hostile filters on top.
  const searches = LOCALES.flatMap((l) => xssCorpus.map((c) => `/${l}/search?q=${q(c.payload)}`));
  const hostileParams = xssCorpus.filter((c) => c.payload.length <= 300).filter((_, i) => i % 8 === 0);
  const filters = hostileParams.flatMap((c, i) => {
    const v = q(c.payload);
    const l = LOCALES[i % 2];
    return [
      [`/${l}/search?q=forum&page=${v}&kind=${v}&region=${v}&year=${v}`, 4],
      [`/${l}/press/news?page=${v}&kind=${v}&region=${v}&year=${v}&month=${v}`, 5],
      [`/${l}/projects/best-practices?region=${v}&topic=${v}&q=${v}&page=${v}`, 4],
    ] as [string, number][];
  });
  // Hostile path segments: not-found pages and lookups by slug.
  const templates = [
    "/ru/%s",
    "/en/press/news/%s",
    "/ru/regions/%s",
    "/en/projects/best-practices/%s",
    "/ru/press/gallery/%s",
    "/en/about/management/%s",
    "/ru/regions/%s/feed.xml",
    "/en/projects/techsuccess/%s",
  ];
  const paths = xssCorpus.filter((c, i) => c.payload.length <= 300 && i % 3 !== 2).map((c, i) => templates[i % templates.length]!.replace("%s", q(c.payload)));
  const long = new Set(xssCorpus.filter((c) => q(c.payload).length > 8_000).map((c) => q(c.payload)));
  const one = (u: string): [string, number] => [u, 1];
  await watch.visitAll(pages, [...searches.filter((u) => ![...long].some((l) => u.endsWith(l))).map(one), ...filters, ...paths.map(one)]);
  // Queries too long for a request line are answered before the application (431/414).
  for (const l of LOCALES) for (const v of long) expect((await admin.request.get(`/${l}/search?q=${v}`)).status()).toBeLessThan(500);

  const fields = [
    ...LOCALES.flatMap((l) => ["title", "lead", "author", "seo", "body", "alt", "caption"].map((f) => `${l}.${f}`)),
    "file name",
    "source name",
    "source url",
    "csv region",
    "csv rank",
    "csv score",
    "search q",
    "page",
    "kind",
    "region",
    "year",
    "month",
    "topic",
    "path segment",
  ].length;
  console.log(
    `XSS e2e: ${xssCorpus.length} corpus strings, ${fields} fields and parameters, ${watch.loads} page loads, ${watch.exposures} string×field×page exposures; ` +
      `${Math.round((Date.now() - started) / 1000)} s; __xss calls ${watch.found.xss.length}, dialogs ${watch.found.dialogs.length}, foreign scripts/attributes ${watch.found.dom.length}, 5xx ${watch.found.crashes.length}, page errors ${watch.found.errors.length}, CSP violations ${watch.found.csp.length}`,
  );
  expect.soft(watch.found.crashes, "server errors").toEqual([]);
  expect
    .soft(
      watch.found.errors.filter((e) => /__xss|alert|xss/i.test(e)),
      "page errors from a payload",
    )
    .toEqual([]);
  expect(watch.found.xss, "window.__xss called").toEqual([]);
  expect(watch.found.dialogs, "dialogs opened").toEqual([]);
  expect(watch.found.dom, "foreign scripts or executable attributes").toEqual([]);
  await context.close();
});
