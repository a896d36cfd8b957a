import pg from "pg";

type WaitOptions = { timeoutMs: number; giveUp?: () => boolean };

export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function waitForDatabase(url: string, { timeoutMs, giveUp }: WaitOptions): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await canConnect(url)) return;
    if (giveUp?.()) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`database at ${new URL(url).host} did not answer`);
}
