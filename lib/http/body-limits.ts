// The most a server action reads, sign-in included (next.config.ts gives it to Next.js, the
// server refuses a larger declared body before Next.js reads it). The largest legitimate
// bodies: a rating CSV (1 MB) and a rich text of RICH_TEXT_JSON_MAX characters. Media uploads
// go to their own route handler (/admin/media/upload), which checks the session first.
export const SERVER_ACTION_BODY_MB = 2;
export const SERVER_ACTION_BODY_BYTES = SERVER_ACTION_BODY_MB * 1024 * 1024;
