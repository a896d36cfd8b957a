import { expect, test } from "@playwright/test";
import { ArticleEditor, signIn } from "./admin-support";

// A Rutube video added by its address and put into a text: readers see a poster and a play
// button, and nothing is asked of Rutube until they press it.

const RUTUBE_ID = "0123456789abcdef0123456789abcdef";

test("a video added by link is in the text behind a play button; its player loads only on click", async ({ page }) => {
  await signIn(page);
  const title = `Запись форума ${Date.now().toString(36)}`;
  await page.goto("/admin/media");
  const form = page.getByRole("form", { name: "Video by link" });
  await form.getByLabel("Video address").fill("https://example.org/not-a-video");
  await form.getByRole("button", { name: "Add video" }).click();
  await expect(form.getByText("This is not the address of a video on Rutube, VK Video or YouTube.")).toBeVisible();
  await form.getByLabel("Video address").fill(`https://rutube.ru/video/${RUTUBE_ID}/`);
  await form.getByLabel("Title (Russian)").fill(title);
  await form.getByRole("button", { name: "Add video" }).click();
  await expect(page).toHaveURL(/\/admin\/media\/[^/?]+\?created=1$/);

  const editor = await ArticleEditor.create(page, `Видео с форума ${Date.now().toString(36)}`);
  await editor.writeBody("ru", "Запись выступлений.");
  await editor.column("ru").getByLabel("Video", { exact: true }).selectOption({ label: title });
  await editor.save("ru");
  await editor.publish("ru");
  const slug = await editor.slug("ru");

  const reader = await page.context().newPage();
  const asked: string[] = [];
  reader.on("request", (r) => asked.push(new URL(r.url()).hostname));
  const response = await reader.goto(`/ru/press/news/${slug}`);
  expect(response!.headers()["content-security-policy"]).toContain(
    "frame-src https://rutube.ru https://vkvideo.ru https://vk.com https://www.youtube-nocookie.com",
  );
  const play = reader.getByRole("button", { name: `Смотреть: ${title}` });
  await expect(play).toBeVisible();
  await expect(reader.getByText("Плеер Rutube загрузится только после нажатия.")).toBeVisible();
  await expect(reader.locator("iframe")).toHaveCount(0);
  expect(asked.filter((host) => host.endsWith("rutube.ru"))).toEqual([]);

  await play.click();
  await expect(reader.locator("iframe")).toHaveAttribute("src", `https://rutube.ru/play/embed/${RUTUBE_ID}?autoplay=1`);
  await expect(reader.locator("iframe")).toHaveAttribute("title", title);
});
