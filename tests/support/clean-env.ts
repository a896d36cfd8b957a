// The site's own settings from the shell (an operator's ADMIN_EMAIL for `npm start`, a
// DATABASE_URL, a proxy setting) must not change what the tests see: each test sets what it
// needs. Removed, not blanked, since the code tells "unset" from "empty".
const SITE_SETTINGS = [
  "DATABASE_URL",
  "DATA_DIR",
  "SITE_URL",
  "ADMIN_EMAIL",
  "ADMIN_PASSWORD",
  "BETTER_AUTH_SECRET",
  "TRUST_PROXY_HOPS",
  "PROXY_NONCE_PLACEHOLDER",
  "CACHE_MEMORY_MB",
  "PAGE_CACHE_TTL_MS",
  "SEARCH_CONCURRENCY",
  "SCHEDULER_INTERVAL_MS",
  "MEDIA_STORAGE",
  "DB_POOL_SIZE",
  "LOG_LEVEL",
  "INDEXNOW_ENDPOINT",
  "INDEXNOW_KEY",
  "TELEGRAM_API",
  "TELEGRAM_BOT_TOKEN",
  "TELEGRAM_CHANNEL_RU",
  "TELEGRAM_CHANNEL_EN",
  "SMTP_URL",
];

for (const name of SITE_SETTINGS) delete process.env[name];
