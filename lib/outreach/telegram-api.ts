import "server-only";

// The Bot API (core.telegram.org/bots/api): TELEGRAM_API points at Telegram's own server by
// default, or at a self-hosted Bot API server.
export type TelegramConfig = { api: string; token: string; chatId: string };

export function telegramConfig(locale: string, env = process.env): TelegramConfig | null {
  const token = env.TELEGRAM_BOT_TOKEN?.trim();
  const chatId = env[`TELEGRAM_CHANNEL_${locale.toUpperCase()}`]?.trim();
  if (!token || !chatId) return null;
  return { api: (env.TELEGRAM_API?.trim() || "https://api.telegram.org").replace(/\/$/, ""), token, chatId };
}

type Answer = { ok: boolean; result?: { message_id?: number }; description?: string; error_code?: number; parameters?: { retry_after?: number } };

export class TelegramError extends Error {}

// One Bot API call. A refusal throws with Telegram's own description, which the queue keeps and
// the back office shows; the queue retries it with backoff.
export async function callTelegram(config: TelegramConfig, method: string, payload: Record<string, unknown>): Promise<Answer["result"]> {
  const response = await fetch(`${config.api}/bot${config.token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: config.chatId, ...payload }),
    signal: AbortSignal.timeout(30_000),
  });
  const answer = (await response.json().catch(() => null)) as Answer | null;
  if (answer?.ok) return answer.result;
  // Editing a post to the text it already has is no failure.
  if (answer?.description?.includes("message is not modified")) return {};
  const wait = answer?.parameters?.retry_after ? ` (retry after ${answer.parameters.retry_after} s)` : "";
  throw new TelegramError(`Telegram ${method} answered ${answer?.error_code ?? response.status}: ${answer?.description ?? "no answer"}${wait}`);
}

// A refusal by the Bot API, or a connection that never opened: the message did not go out. A
// timeout or a connection lost mid-answer leaves that unknown.
export function isDefinitelyNotSent(error: unknown): boolean {
  if (error instanceof TelegramError) return true;
  const code = ((error as { cause?: { code?: string } })?.cause ?? {}).code;
  return code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN";
}
