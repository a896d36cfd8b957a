import "server-only";
import { Zip, ZipPassThrough } from "fflate";
import { contentDisposition } from "./headers";
import { mediaStorage } from "./storage";
import { storedBytes } from "./storage-interface";

// Photos for journalists as one archive, streamed: each file is read from storage only when
// the client has taken the one before, so a download holds one photo in memory whatever its
// size, and JPEGs are stored as they are (they do not compress).

export type ZipFile = { name: string; key?: string; text?: string };

// Archives being sent at once by this process; more get "try again shortly".
const ZIP_CONCURRENCY = 4;
let sending = 0;

async function bytesOf(file: ZipFile): Promise<Uint8Array | null> {
  if (file.text !== undefined) return new TextEncoder().encode(file.text);
  const stored = file.key ? await mediaStorage().get(file.key) : null;
  return stored && storedBytes(stored);
}

function zipStream(files: ZipFile[], done: () => void): ReadableStream<Uint8Array> {
  let next = 0;
  let ended = false;
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) {
          controller.close();
          done();
        }
      });
    },
    async pull() {
      if (ended) return;
      const file = files[next++];
      if (!file) {
        ended = true;
        return zip.end();
      }
      const bytes = await bytesOf(file);
      if (!bytes) return;
      const entry = new ZipPassThrough(file.name);
      zip.add(entry);
      entry.push(bytes, true);
    },
    cancel: done,
  });
}

export function zipResponse(fileName: string, files: ZipFile[], busy: string): Response {
  if (sending >= ZIP_CONCURRENCY) return new Response(busy, { status: 503, headers: { "Retry-After": "10", "Content-Type": "text/plain; charset=utf-8" } });
  sending++;
  let released = false;
  const release = () => {
    if (!released) sending--;
    released = true;
  };
  return new Response(zipStream(files, release), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
