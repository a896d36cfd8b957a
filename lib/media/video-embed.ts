// Videos hosted on Rutube, VK Video or YouTube: the address an editor pastes, read into the
// player address loaded only when a visitor clicks play. Anything else is not embeddable.
// Pure: the forms, the server and the pages share it.

export type VideoHost = "rutube" | "vk" | "youtube";
// `playerUrl` is the host's player page; `embedUrl` the same, starting at once (after the click).
export type VideoEmbed = { host: VideoHost; playerUrl: string; embedUrl: string; watchUrl: string };

const embed = (host: VideoHost, playerUrl: string, watchUrl: string): VideoEmbed => ({
  host,
  playerUrl,
  embedUrl: `${playerUrl}${playerUrl.includes("?") ? "&" : "?"}autoplay=1`,
  watchUrl,
});

const YOUTUBE_ID = /^[\w-]{11}$/;

export function videoEmbed(address: string): VideoEmbed | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  const path = url.pathname;
  if (host === "rutube.ru") {
    const id = /^\/(?:video|play\/embed)\/([0-9a-f]{32})\/?$/.exec(path)?.[1];
    return id ? embed("rutube", `https://rutube.ru/play/embed/${id}`, `https://rutube.ru/video/${id}/`) : null;
  }
  if (host === "vk.com" || host === "vkvideo.ru") {
    const own = /^\/video(-?\d+)_(\d+)\/?$/.exec(path);
    const ext = path === "/video_ext.php" ? [url.searchParams.get("oid"), url.searchParams.get("id")] : null;
    const [oid, id] = own ? [own[1], own[2]] : (ext ?? []);
    if (!oid || !id || !/^-?\d+$/.test(oid) || !/^\d+$/.test(id)) return null;
    return embed("vk", `https://vkvideo.ru/video_ext.php?oid=${oid}&id=${id}&hd=2`, `https://vkvideo.ru/video${oid}_${id}`);
  }
  if (host === "youtube.com" || host === "youtu.be" || host === "youtube-nocookie.com") {
    const id = host === "youtu.be" ? path.slice(1) : path === "/watch" ? url.searchParams.get("v") : /^\/(?:embed|shorts|live)\/([\w-]+)$/.exec(path)?.[1];
    if (!id || !YOUTUBE_ID.test(id)) return null;
    return embed("youtube", `https://www.youtube-nocookie.com/embed/${id}`, `https://www.youtube.com/watch?v=${id}`);
  }
  return null;
}
