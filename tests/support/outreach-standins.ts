// Local stand-ins for the outside services the site talks to, answering as the real ones do:
// an IndexNow endpoint (indexnow.org's protocol) and the Telegram Bot API. They record every
// call; `hold` keeps answers back, to stop a server in the middle of a call.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type StandIn<C> = { url: string; calls: C[]; hold: (on: boolean) => void; close: () => Promise<void> };

async function listen<C>(handle: (req: http.IncomingMessage, body: string, res: http.ServerResponse, calls: C[]) => void): Promise<StandIn<C>> {
  const calls: C[] = [];
  let held = false;
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (held) return void handle(req, body, { writeHead: () => ({ end: () => {} }), end: () => {} } as never, calls);
      handle(req, body, res, calls);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    hold: (on) => (held = on),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const json = (res: http.ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
};

export type IndexNowCall = { host: string; key: string; keyLocation: string; urlList: string[] };

// POST /indexnow with {host, key, keyLocation, urlList}: 202 when well formed, 400 for a
// malformed body, 422 for an address outside the host, as the protocol says.
export function startIndexNowStandIn(): Promise<StandIn<IndexNowCall>> {
  return listen<IndexNowCall>((req, body, res, calls) => {
    if (req.method !== "POST" || req.url !== "/indexnow") return json(res, 404, {});
    let call: IndexNowCall;
    try {
      call = JSON.parse(body);
    } catch {
      return json(res, 400, { message: "Invalid JSON" });
    }
    if (!/^[A-Za-z0-9-]{8,128}$/.test(call.key ?? "") || !Array.isArray(call.urlList) || !call.host) return json(res, 400, { message: "Bad request" });
    calls.push(call);
    if (call.urlList.some((u) => new URL(u).host !== call.host)) return json(res, 422, { message: "URLs don't belong to the host" });
    res.writeHead(202).end();
  });
}

export type TelegramCall = { token: string; method: string; payload: Record<string, unknown> };

// POST /bot<token>/<method>: sendMessage and sendPhoto answer a new message_id;
// editMessageText and editMessageCaption refuse an unknown message or an unchanged text.
export function startTelegramStandIn(): Promise<StandIn<TelegramCall>> {
  const messages = new Map<number, string>();
  let next = 100;
  return listen<TelegramCall>((req, body, res, calls) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    if (!match || req.method !== "POST") return json(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const payload = JSON.parse(body || "{}") as Record<string, unknown>;
    calls.push({ token: match[1]!, method: match[2]!, payload });
    const text = String(payload.text ?? payload.caption ?? "");
    switch (match[2]) {
      case "sendMessage":
      case "sendPhoto": {
        const id = next++;
        messages.set(id, text);
        return json(res, 200, { ok: true, result: { message_id: id, chat: { id: payload.chat_id } } });
      }
      case "editMessageText":
      case "editMessageCaption": {
        const id = Number(payload.message_id);
        if (!messages.has(id)) return json(res, 400, { ok: false, error_code: 400, description: "Bad Request: message to edit not found" });
        if (messages.get(id) === text) return json(res, 400, { ok: false, error_code: 400, description: "Bad Request: message is not modified" });
        messages.set(id, text);
        return json(res, 200, { ok: true, result: { message_id: id } });
      }
      default:
        return json(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    }
  });
}
