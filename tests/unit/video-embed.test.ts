import { describe, expect, it } from "vitest";
import { videoEmbed } from "../../lib/media/video-embed";

describe("hosted video addresses", () => {
  it("reads Rutube, VK Video and YouTube addresses as their players", () => {
    expect(videoEmbed("https://rutube.ru/video/0123456789abcdef0123456789abcdef/")).toEqual({
      host: "rutube",
      playerUrl: "https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef",
      embedUrl: "https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef?autoplay=1",
      watchUrl: "https://rutube.ru/video/0123456789abcdef0123456789abcdef/",
    });
    expect(videoEmbed("https://vk.com/video-22822305_456241864")?.playerUrl).toBe("https://vkvideo.ru/video_ext.php?oid=-22822305&id=456241864&hd=2");
    expect(videoEmbed("https://vkvideo.ru/video_ext.php?oid=-1&id=2&hash=x")?.watchUrl).toBe("https://vkvideo.ru/video-1_2");
    for (const url of ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "https://youtu.be/dQw4w9WgXcQ", "https://m.youtube.com/shorts/dQw4w9WgXcQ"])
      expect(videoEmbed(url)?.embedUrl).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  });

  it("refuses other hosts, other schemes and malformed ids", () => {
    for (const url of [
      "https://evil.example/video/0123456789abcdef0123456789abcdef/",
      "javascript:alert(1)",
      "https://rutube.ru/video/not-an-id/",
      "https://youtube.com/watch?v=short",
      "https://vk.com/video-1_x",
      "https://rutube.ru.evil.example/video/0123456789abcdef0123456789abcdef/",
      "not a url",
    ])
      expect(videoEmbed(url)).toBeNull();
  });
});
