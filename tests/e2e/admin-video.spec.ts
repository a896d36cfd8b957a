import { expect, test, type Page } from "@playwright/test";
import { ArticleEditor, signIn } from "./admin-support";

// A Rutube video added by its address, put into a text and into an album, beside a video file
// uploaded to the library: readers see a poster and a play button for the link, and nothing is
// asked of Rutube until they press it; the uploaded file plays in the browser's own player.

test.describe.configure({ timeout: 90_000 });

const RUTUBE_ID = "0123456789abcdef0123456789abcdef";
const DEMO_CLIP = "Demo clip (an animation, 6 seconds)";

// The Rutube player is not on the page until the play button is pressed, and then it is the
// only frame, pointed at the video.
async function expectPlayerOnClick(reader: Page, title: string) {
  const asked: string[] = [];
  reader.on("request", (r) => asked.push(new URL(r.url()).hostname));
  await reader.reload();
  const play = reader.getByRole("button", { name: `Смотреть: ${title}` });
  await expect(play).toBeVisible();
  await expect(reader.getByText("Плеер Rutube загрузится только после нажатия.")).toBeVisible();
  await expect(reader.locator("iframe")).toHaveCount(0);
  expect(asked.filter((host) => host.endsWith("rutube.ru"))).toEqual([]);

  await play.click();
  await expect(reader.locator("iframe")).toHaveAttribute("src", `https://rutube.ru/play/embed/${RUTUBE_ID}?autoplay=1`);
  await expect(reader.locator("iframe")).toHaveAttribute("title", title);
}

test("a video added by link plays only on click, in a text and in an album; an uploaded one plays in the text", async ({ page }) => {
  await signIn(page);
  const id = Date.now().toString(36);
  const title = `Запись форума ${id}`;
  await page.goto("/admin/media");
  const form = page.getByRole("form", { name: "Video by link" });
  await form.getByLabel("Video address").fill("https://example.org/not-a-video");
  await form.getByRole("button", { name: "Add video" }).click();
  await expect(form.getByText("This is not the address of a video on Rutube, VK Video or YouTube.")).toBeVisible();
  await form.getByLabel("Video address").fill(`https://rutube.ru/video/${RUTUBE_ID}/`);
  await form.getByLabel("Title (Russian)").fill(title);
  await form.getByRole("button", { name: "Add video" }).click();
  await expect(page).toHaveURL(/\/admin\/media\/[^/?]+\?created=1$/);

  const editor = await ArticleEditor.create(page, `Видео с форума ${id}`);
  await editor.writeBody("ru", "Запись выступлений.");
  const videoMenu = editor.column("ru").getByLabel("Video", { exact: true });
  await videoMenu.selectOption({ label: title });
  await videoMenu.selectOption({ label: DEMO_CLIP });
  await editor.save("ru");
  await editor.publish("ru");
  const slug = await editor.slug("ru");

  const reader = await page.context().newPage();
  const response = await reader.goto(`/ru/press/news/${slug}`);
  expect(response!.headers()["content-security-policy"]).toContain(
    "frame-src https://rutube.ru https://vkvideo.ru https://vk.com https://www.youtube-nocookie.com",
  );
  // The uploaded clip: the browser's player, loading nothing until asked, then playing.
  const clip = reader.locator("video");
  await expect(clip).toHaveAttribute("preload", "none");
  await clip.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => clip.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.5);
  await expectPlayerOnClick(reader, title);

  // The same link in a new album, published.
  const albumSlug = `zapis-foruma-${id}`;
  await page.goto("/admin/gallery/new");
  await page.getByRole("group", { name: "Русский" }).getByLabel("Title").fill(`Видео форума ${id}`);
  await page.getByRole("group", { name: "Русский" }).getByLabel("Address (slug)").fill(albumSlug);
  await page.getByLabel("Date taken").fill("2001-01-01");
  await page.getByLabel("Add a video…").selectOption({ label: title });
  await page.getByRole("group", { name: "Русский" }).getByLabel("Status").selectOption({ label: "Published" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Record created." })).toBeVisible();

  await expect(async () => {
    expect((await reader.goto(`/ru/press/gallery/${albumSlug}`))!.status()).toBe(200);
  }).toPass({ timeout: 20_000 });
  await expect(reader.locator('meta[property="og:video"]')).toHaveAttribute("content", `https://rutube.ru/play/embed/${RUTUBE_ID}`);
  await expectPlayerOnClick(reader, title);

  // Back to draft, so the public gallery keeps its demo albums only.
  await page.getByRole("group", { name: "Русский" }).getByLabel("Status").selectOption({ label: "Draft" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
});
