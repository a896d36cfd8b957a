import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { ArticleEditor, caretToEnd, COLLEAGUE_PASSWORD, createUser, signedInPage } from "./admin-support";

// Every back-office section opened by an administrator: its list, its "new" form and an edit
// form, one saved change each, and that change on the public page where the section has one.
// Other back-office specs write into the same database at the same time, so every record made
// here has a name of its own; demo records other specs read are changed only where they do not
// look, and changed back.

// Each test saves several times and waits for public pages to follow: more than the default 30 s
// on a busy machine.
test.describe.configure({ timeout: 90_000 });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const password = COLLEAGUE_PASSWORD;

async function expectHeading(page: Page, name: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

// Opens a list page and follows its "new" link, checking both headings on the way.
async function openListThenNew(page: Page, listPath: string, listHeading: string, newLink: string, newHeading = newLink) {
  await page.goto(listPath);
  await expectHeading(page, listHeading);
  await page.getByRole("main").getByRole("link", { name: newLink, exact: true }).click();
  await expectHeading(page, newHeading);
}

// One language's half of a form with Russian and English side by side.
function column(page: Page, locale: "ru" | "en") {
  return page.getByRole("group", { name: locale === "ru" ? "Русский" : "English" });
}

// Directory forms (people, documents, gallery, contacts) save as a whole. A new record's first
// save opens its edit page, which says so.
async function createRecord(page: Page, section: string): Promise<string> {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/${section}/[^/?]+\\?created=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Record created." })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

// The edit page is opened fresh first, so the "Saved." seen is this save's own.
async function saveRecord(page: Page) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
}

// Pages, regions and practices save each language on its own.
async function saveLocale(page: Page, locale: "ru" | "en") {
  const col = column(page, locale);
  await col.getByRole("button", { name: `Save (${locale.toUpperCase()})` }).click();
  await expect(col.getByRole("status")).toHaveText("Saved.");
}

// Public pages are cached and invalidated by the save: an anonymous visitor reloads until the
// change shows, within a few seconds.
async function expectOnSite(browser: Browser, path: string, check: (page: Page) => Promise<unknown>) {
  const visitor = await browser.newPage();
  await expect(async () => {
    await visitor.goto(path);
    await check(visitor);
  }).toPass({ timeout: 20_000 });
  await visitor.close();
}

async function expectGoneFromSite(browser: Browser, path: string) {
  const visitor = await browser.newPage();
  await expect.poll(async () => (await visitor.goto(path))!.status(), { timeout: 20_000 }).toBe(404);
  await visitor.close();
}

const visible = (locator: Locator) => expect(locator).toBeVisible({ timeout: 1_000 });
const absent = (locator: Locator) => expect(locator).toHaveCount(0, { timeout: 1_000 });

test("overview opens, and the audit log lists a change with its record", async ({ browser }) => {
  const admin = await signedInPage(browser);
  await admin.goto("/admin");
  await expectHeading(admin, "Overview");
  await expect(admin.getByRole("heading", { level: 2, name: "Recent changes" })).toBeVisible();
  await expect(admin.getByRole("main").getByRole("alert")).toHaveCount(0);

  // A person on no board: the site does not show them anywhere.
  const name = `Пётр Журналов ${unique()}`;
  await openListThenNew(admin, "/admin/people", "People", "New person");
  await column(admin, "ru").getByLabel("Name").fill(name);
  const id = await createRecord(admin, "people");

  await admin.goto("/admin/audit");
  await expectHeading(admin, "Audit log");
  await admin.getByLabel("Record type").selectOption({ label: "Person" });
  await admin.getByRole("button", { name: "Show" }).click();
  await expect(admin).toHaveURL(/entityType=person/);
  const entry = admin.getByRole("row").filter({ hasText: id });
  await expect(entry).toContainText("Person added");
  await expect(entry).toContainText("Administrator");
  // The record by its name, linked to its edit page.
  await expect(entry.getByRole("link", { name })).toHaveAttribute("href", `/admin/people/${id}`);
});

test("articles: list, new, editor and history; a published text is on the site", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const title = `Разделы редакции ${unique()}`;
  await openListThenNew(admin, "/admin/articles", "News", "New article");
  const editor = await ArticleEditor.create(admin, title);
  await expectHeading(admin, title);
  await editor.writeBody("ru", "Проверка всех разделов редакции.");
  await editor.save("ru");
  await editor.publish("ru");
  const slug = await editor.slug("ru");
  await expectOnSite(browser, `/ru/press/news/${slug}`, (p) => visible(p.getByRole("heading", { level: 1, name: title })));

  await editor.column("ru").getByRole("link", { name: "History" }).click();
  await expect(admin).toHaveURL(/\/admin\/articles\/[^/]+\/history/);
  await expectHeading(admin, `History: ${title}`);
  await expect(
    admin
      .getByRole("listitem")
      .filter({ hasText: /Version \d+ · Administrator/ })
      .first(),
  ).toBeVisible();

  await admin.goto(`/admin/articles?q=${encodeURIComponent(title)}`);
  await expect(admin.getByRole("link", { name: title })).toBeVisible();
});

test("pages: list and editor; a paragraph added to a page's text is on the site, then taken out again", async ({ browser }) => {
  const admin = await signedInPage(browser);
  await admin.goto("/admin/pages");
  await expectHeading(admin, "Pages");
  await admin.getByRole("link", { name: "/projects/olympiad", exact: true }).click();
  await expectHeading(admin, "Page /projects/olympiad");

  // A demo page no other spec reads; the paragraph goes at the end and is removed the same way,
  // so the stored text is exactly what it was.
  const ru = column(admin, "ru");
  const body = ru.getByRole("textbox", { name: "Page text" });
  const stored = ru.locator('input[type="hidden"][name="body"]');
  const original = await stored.inputValue();
  const marker = `Абзац проверки ${unique()}`;
  await caretToEnd(body);
  await admin.keyboard.press("Enter");
  await admin.keyboard.type(marker);
  await saveLocale(admin, "ru");
  await expectOnSite(browser, "/ru/projects/olympiad", (p) => visible(p.getByRole("main").getByText(marker)));

  await admin.reload();
  await caretToEnd(body);
  for (let i = 0; i <= marker.length; i++) await admin.keyboard.press("Backspace");
  await expect(stored).toHaveValue(original);
  await saveLocale(admin, "ru");
  await expectOnSite(browser, "/ru/projects/olympiad", (p) => absent(p.getByRole("main").getByText(marker)));
});

test("regions: list and editor; a changed English summary is on the region's page, then restored", async ({ browser }) => {
  const admin = await signedInPage(browser);
  await admin.goto("/admin/regions");
  await expectHeading(admin, "Regions");
  // Novgorod Region: a member no other spec looks at.
  await admin.getByRole("link", { name: "Novgorod Region", exact: true }).click();
  await expectHeading(admin, "Region: Novgorod Region");
  const summary = column(admin, "en").getByLabel("Summary");
  const original = await summary.inputValue();
  const changed = `Novgorod Region, checked by the newsroom ${unique()}.`;
  await summary.fill(changed);
  await saveLocale(admin, "en");
  await expectOnSite(browser, "/en/regions/novgorod-region", (p) => visible(p.getByRole("main").getByText(changed)));

  await admin.reload();
  await summary.fill(original);
  await saveLocale(admin, "en");
  await expectOnSite(browser, "/en/regions/novgorod-region", (p) => visible(p.getByRole("main").getByText(original)));
});

test("people: list, new and edit; a directorate member is on the About page until taken off the board", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const id = unique();
  const name = `Иван Проверкин ${id}`;
  await openListThenNew(admin, "/admin/people", "People", "New person");
  await column(admin, "ru").getByLabel("Name").fill(name);
  await column(admin, "ru").getByLabel("Position").fill("Советник");
  await column(admin, "en").getByLabel("Name").fill(`Ivan Proverkin ${id}`);
  const boards = admin.getByRole("group", { name: "Governing bodies" });
  const directorate = boards.locator("div").filter({ has: admin.getByRole("checkbox", { name: "Directorate" }) });
  await directorate.getByRole("checkbox").check();
  // Last in the list, after the demo members.
  await directorate.getByRole("spinbutton", { name: "Order" }).fill("9999");
  await createRecord(admin, "people");
  // The heading names the record in the back office's language.
  await expectHeading(admin, `Ivan Proverkin ${id}`);

  await admin.reload();
  const position = `Советник по проверкам ${id}`;
  await column(admin, "ru").getByLabel("Position").fill(position);
  await saveRecord(admin);
  const card = (p: Page) => p.getByRole("article").filter({ has: p.getByRole("heading", { name }) });
  await expectOnSite(browser, "/ru/about/management/directorate", (p) => expect(card(p)).toContainText(position, { timeout: 1_000 }));

  await admin.reload();
  await directorate.getByRole("checkbox").uncheck();
  await saveRecord(admin);
  await expectOnSite(browser, "/ru/about/management/directorate", (p) => absent(p.getByRole("heading", { name })));
});

test("ratings: list and edition; a changed score is in the public table, then restored", async ({ browser }) => {
  const admin = await signedInPage(browser);
  await admin.goto("/admin/ratings");
  await expectHeading(admin, "Ratings");
  // The 2017 edition of the innovation rating: no other spec reads it.
  await admin
    .getByRole("region", { name: /^Rating of innovation development/ })
    .getByRole("link", { name: "Edition 2017" })
    .click();
  await expectHeading(admin, "Rating of innovation development, 2017 edition");
  const region = await admin.getByLabel("Region, row 19").locator("option:checked").textContent();
  const regionName = region!.replace(/\s*\([^)]*\)$/, "");
  const score = admin.getByLabel("Score, row 19");
  const original = await score.inputValue();
  const changed = original === "0.37" ? "0.73" : "0.37";
  const publicRow = (p: Page) => p.getByRole("row").filter({ has: p.getByRole("rowheader", { name: regionName }) });

  await score.fill(changed);
  await admin.getByRole("button", { name: "Save the table" }).click();
  await expect(admin.getByText("The table is saved.")).toBeVisible();
  await expectOnSite(browser, "/en/projects/innovation-rating/2017", (p) => expect(publicRow(p)).toContainText(changed, { timeout: 1_000 }));

  await admin.reload();
  await score.fill(original);
  await admin.getByRole("button", { name: "Save the table" }).click();
  await expect(admin.getByText("The table is saved.")).toBeVisible();
  await expectOnSite(browser, "/en/projects/innovation-rating/2017", (p) => absent(publicRow(p).getByText(changed)));
});

test("practices: list, new and edit; a published practice is on the site until returned to draft", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const id = unique();
  const title = `Практика проверки ${id}`;
  const slug = `praktika-proverki-${id}`;
  await openListThenNew(admin, "/admin/practices", "Best practices", "Add a practice", "New practice");
  await admin.getByLabel("Region").selectOption({ label: "Vladimir Region" });
  await admin.getByRole("checkbox", { name: "Investment" }).check();
  await admin.getByRole("button", { name: "Create and go to the texts" }).click();
  await expect(admin).toHaveURL(/\/admin\/practices\/[^/]+$/);
  await expectHeading(admin, "Practice: Untitled");

  const ru = column(admin, "ru");
  await ru.getByLabel("Title").fill(title);
  await ru.getByLabel("Address (slug)").fill(slug);
  await ru.getByLabel("Summary").fill("Как регион проверяет свои разделы.");
  await ru.getByLabel("Status").selectOption({ label: "Published" });
  await saveLocale(admin, "ru");
  await expectOnSite(browser, `/ru/projects/best-practices/${slug}`, (p) => visible(p.getByRole("heading", { level: 1, name: title })));

  // Back to draft, so the public list keeps its demo practices only.
  await admin.reload();
  await expectHeading(admin, `Practice: ${title}`);
  await ru.getByLabel("Status").selectOption({ label: "Draft" });
  await saveLocale(admin, "ru");
  await expectGoneFromSite(browser, `/ru/projects/best-practices/${slug}`);
});

// The smallest file the library accepts as a PDF: it recognises the type by its first bytes.
const pdf = Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");

async function uploadPdf(page: Page, name: string) {
  await page.goto("/admin/media");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("The file was uploaded.")).toBeVisible({ timeout: 15_000 });
}

async function chooseFile(page: Page, name: string) {
  await page.getByLabel("Find a file by name").fill(name);
  const file = page.getByLabel("File", { exact: true });
  await file.selectOption({ label: (await file.getByRole("option", { name: new RegExp(`^${name}`) }).textContent())! });
}

test("documents: list, new and edit; a document's title is on the page it is attached to until detached", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const id = unique();
  const fileName = `review-${id}.pdf`;
  await uploadPdf(admin, fileName);
  await openListThenNew(admin, "/admin/documents", "Documents", "New document");
  await column(admin, "ru").getByLabel("Title").fill(`Положение о проверке ${id}`);
  await column(admin, "en").getByLabel("Title").fill(`Review regulations ${id}`);
  await chooseFile(admin, fileName);
  // A page no other spec reads the documents of.
  await admin.getByLabel("Site page").selectOption({ label: "/about/working-groups" });
  await admin.getByLabel("Order").fill("9999");
  await createRecord(admin, "documents");

  await admin.reload();
  const title = `Положение о проверке разделов ${id}`;
  await column(admin, "ru").getByLabel("Title").fill(title);
  await saveRecord(admin);
  await expectOnSite(browser, "/ru/about/working-groups", (p) => visible(p.getByRole("heading", { level: 3, name: title })));

  await admin.reload();
  await admin.getByLabel("Site page").selectOption({ label: "— on no page —" });
  await saveRecord(admin);
  await expectOnSite(browser, "/ru/about/working-groups", (p) => absent(p.getByRole("heading", { name: title })));
});

test("documents and gallery: demo records, whose files have the seed's 45-character ids, save unchanged", async ({ browser }) => {
  const admin = await signedInPage(browser);
  await admin.goto("/admin/documents");
  await admin.getByRole("link", { name: "Устав ассоциации (демонстрационный документ)" }).click();
  await expectHeading(admin, "Charter (demo document)");
  await saveRecord(admin);
  await admin.goto("/admin/gallery");
  await admin.getByRole("link", { name: "Выездное совещание в Перми (иллюстрации)" }).click();
  await saveRecord(admin);
});

test("gallery: list, new and edit; a published album's title is on its page until returned to draft", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const id = unique();
  const slug = `albom-proverki-${id}`;
  await openListThenNew(admin, "/admin/gallery", "Gallery", "New album");
  const ru = column(admin, "ru");
  await ru.getByLabel("Title").fill(`Альбом проверки ${id}`);
  await ru.getByLabel("Address (slug)").fill(slug);
  await admin.getByLabel("Date taken").fill("2001-01-01");
  await createRecord(admin, "gallery");

  await admin.reload();
  const title = `Альбом проверки разделов ${id}`;
  await ru.getByLabel("Title").fill(title);
  await ru.getByLabel("Status").selectOption({ label: "Published" });
  await saveRecord(admin);
  await expectOnSite(browser, `/ru/press/gallery/${slug}`, (p) => visible(p.getByRole("heading", { level: 1, name: title })));

  // Back to draft, so the public gallery keeps its demo albums only.
  await admin.reload();
  await ru.getByLabel("Status").selectOption({ label: "Draft" });
  await saveRecord(admin);
  await expectGoneFromSite(browser, `/ru/press/gallery/${slug}`);
});

test("contacts: list, new and edit; the changed contact is on the contacts page", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const id = unique();
  await openListThenNew(admin, "/admin/contacts", "Contacts", "New contact");
  // Last on the page and in the footer, after the demo contacts.
  await admin.getByLabel("Order").fill("9999");
  await admin.getByLabel("E-mail").fill(`review-${id}@example.org`);
  await admin.getByLabel("Phone").fill("+7 (495) 000-00-99");
  await column(admin, "ru").getByLabel("Name").fill(`Отдел проверки ${id}`);
  await column(admin, "en").getByLabel("Name").fill(`Review desk ${id}`);
  await createRecord(admin, "contacts");

  await admin.reload();
  const name = `Отдел проверки разделов ${id}`;
  const address = `Москва, кабинет ${id}`;
  await column(admin, "ru").getByLabel("Name").fill(name);
  await column(admin, "ru").getByLabel("Address").fill(address);
  await saveRecord(admin);
  await expectOnSite(browser, "/ru/press/contacts", (p) =>
    expect(
      p
        .getByRole("main")
        .getByRole("listitem")
        .filter({ has: p.getByRole("heading", { name }) }),
    ).toContainText(address, { timeout: 1_000 }),
  );
});

test("media: library, upload and the file's card; changed texts are kept", async ({ browser }) => {
  const admin = await signedInPage(browser);
  await admin.goto("/admin/media");
  await expectHeading(admin, "Media library");
  const name = `sections-${unique()}.png`;
  const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .png()
    .toBuffer();
  await admin.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "image/png", buffer: png });
  await admin.getByLabel("Alternative text (RU)").fill("Зелёный прямоугольник");
  await admin.getByRole("button", { name: "Upload" }).click();
  // Re-encoding into three sizes takes a few seconds on a busy machine.
  await expect(admin.getByText("The file was uploaded.")).toBeVisible({ timeout: 15_000 });
  await admin.getByRole("link", { name: "Open the file's card" }).click();
  await expectHeading(admin, name);

  const english = admin.getByRole("group", { name: "English" });
  const alt = "A green rectangle";
  await english.getByLabel("Alternative text").fill(alt);
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByRole("main").getByText("Saved.", { exact: true })).toBeVisible();
  await admin.reload();
  await expect(english.getByLabel("Alternative text")).toHaveValue(alt);
});

test("users: list, new and edit; a renamed user keeps the new name", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const id = unique();
  await openListThenNew(admin, "/admin/users", "Users", "Add a user", "New user");
  await createUser(admin, `Ольга Автор ${id}`, `sections-${id}@airr.test`, "author");
  const renamed = `Ольга Авторова ${id}`;
  await admin.getByLabel("Name").fill(renamed);
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await admin.goto(`/admin/users?q=${id}`);
  await expect(admin.getByRole("link", { name: renamed })).toBeVisible();
});

test("an author may use articles and media; every other section is refused", async ({ browser }) => {
  const admin = await signedInPage(browser);
  const id = unique();
  const email = `sections-author-${id}@airr.test`;
  const authorId = await createUser(admin, `Антон Автор ${id}`, email, "author");
  await admin.goto("/admin/regions");
  const regionEdit = (await admin.getByRole("link", { name: "Novgorod Region", exact: true }).getAttribute("href"))!;
  await admin.goto("/admin/ratings");
  const editionEdit = (await admin.getByRole("link", { name: "Edition 2017" }).first().getAttribute("href"))!;

  const author = await signedInPage(browser, { email, password });
  const nav = author.getByRole("navigation", { name: "Newsroom sections" });
  await expect(nav.getByRole("link")).toHaveText(["Overview", "News", "Media library"]);

  for (const [path, heading] of [
    ["/admin/articles", "News"],
    ["/admin/articles/new", "New article"],
    ["/admin/media", "Media library"],
  ]) {
    await author.goto(path!);
    await expectHeading(author, heading!);
  }

  // Structure, users and the audit log: lists, new forms and edit pages alike.
  const refused = [
    "/admin/pages",
    "/admin/regions",
    regionEdit,
    "/admin/people",
    "/admin/people/new",
    "/admin/ratings",
    editionEdit,
    "/admin/practices",
    "/admin/practices/new",
    "/admin/documents",
    "/admin/documents/new",
    "/admin/gallery",
    "/admin/gallery/new",
    "/admin/contacts",
    "/admin/contacts/new",
    "/admin/users",
    "/admin/users/new",
    `/admin/users/${authorId}`,
    "/admin/audit",
  ];
  for (const path of refused) {
    await author.goto(path);
    await expect(author, path).toHaveURL(/\/admin\?denied=1$/);
    await expect(author.getByRole("main").getByRole("alert"), path).toHaveText("Your role has no access to that section.");
  }
});
