import type { PrismaClient } from "../../generated/prisma/client.ts";
import { locales } from "./load.ts";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Summary = { written: number; kept: string[] };

// Creates what is missing and refreshes what the seed wrote before. A record an editor
// has changed since (version > 1) is kept as it is: seeding never overwrites their work.
export async function sync<T extends { id: string; version: number }>(
  summary: Summary,
  label: string,
  existing: T | null,
  create: () => Promise<unknown>,
  update: (row: T) => Promise<unknown>,
) {
  if (!existing) await create();
  else if (existing.version > 1) return void summary.kept.push(label);
  else await update(existing);
  summary.written++;
}

export const perLocale = <T>(make: (locale: "ru" | "en") => T) => locales.map(make);
