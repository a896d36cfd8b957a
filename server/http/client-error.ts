import http from "node:http";
import type { Duplex } from "node:stream";

// How long the rest of a refused request may keep arriving before the connection is dropped.
const LINGER_MS = 2_000;

// A request Node refuses before the application sees it (headers over 16 KB, such as a search
// query of 10 KB; a malformed request line) gets its status, and what the client is still
// sending is read and dropped before the connection closes. Node's own handler destroys the
// socket at once, and closing with unread data makes the kernel reset the connection: the
// client then sees "connection reset" instead of the 431.
// Node's parser reports the same broken request again for each piece that still arrives.
const answered = new WeakSet<Duplex>();

export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (answered.has(socket)) return;
  answered.add(socket);
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  // The rest goes nowhere: the parser no longer reads it, this drains it.
  socket.removeAllListeners("data");
  socket.on("data", () => {});
  socket.on("end", () => socket.destroy());
  socket.on("error", () => socket.destroy());
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
