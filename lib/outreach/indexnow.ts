import "server-only";
import { createHmac } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { siteUrl } from "@/lib/site-url";

// IndexNow (indexnow.org): one POST tells Yandex, Bing and the others which addresses changed.
const DEFAULT_ENDPOINT = "https://yandex.com/indexnow";
// The protocol takes at most 10,000 addresses a request.
const BATCH = 10_000;

// On by default for a site with its public address (SITE_URL); a local demo pings nobody unless
// INDEXNOW_ENDPOINT says where to. "off" turns it off.
export function indexNowEndpoint(env = process.env): string | null {
  const given = env.INDEXNOW_ENDPOINT?.trim();
  if (given === "off") return null;
  return given || (env.SITE_URL ? DEFAULT_ENDPOINT : null);
}

// INDEXNOW_KEY, or one derived from the auth secret that every server of a site shares, so the
// key file and the requests agree without any setting.
export function indexNowKey(env = process.env): string {
  const given = env.INDEXNOW_KEY?.trim();
  if (given) return given;
  return createHmac("sha256", env.BETTER_AUTH_SECRET ?? "")
    .update("indexnow")
    .digest("hex")
    .slice(0, 32);
}

// Inside the change's transaction: the addresses wait in a table and one flush job (at most one
// waiting, the queue being "stately") sends whatever has gathered by the time it runs.
export async function queueIndexNow(tx: Prisma.TransactionClient, urls: string[]) {
  const now = new Date();
  for (const url of new Set(urls)) await tx.indexNowUrl.upsert({ where: { url }, create: { url, addedAt: now }, update: { addedAt: now } });
  await enqueue(tx, "indexNow", {}, { key: "flush" });
}

export async function flushIndexNow() {
  const endpoint = indexNowEndpoint();
  const readAt = new Date();
  const pending = await db.indexNowUrl.findMany({ where: { addedAt: { lte: readAt } }, orderBy: { addedAt: "asc" }, take: BATCH });
  if (!endpoint || pending.length === 0) {
    if (!endpoint) await db.indexNowUrl.deleteMany({});
    return { sent: 0, ...(!endpoint && { skipped: "IndexNow is off" }) };
  }
  const site = new URL(siteUrl());
  const key = indexNowKey();
  const urlList = pending.map((p) => p.url);
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ host: site.host, key, keyLocation: `${site.origin}/${key}.txt`, urlList }),
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 200 && response.status !== 202) {
    const said = (await response.text().catch(() => "")).slice(0, 300);
    throw new Error(`IndexNow answered ${response.status}${said ? `: ${said}` : ""}`);
  }
  // An address queued again while the request was under way stays for the next one.
  await db.indexNowUrl.deleteMany({ where: { url: { in: urlList }, addedAt: { lte: readAt } } });
  if (pending.length === BATCH) await db.$transaction((tx) => enqueue(tx, "indexNow", {}, { key: "flush" }));
  return { sent: urlList.length, status: response.status, urls: urlList.slice(0, 20) };
}
