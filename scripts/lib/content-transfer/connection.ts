import pg from "pg";

// Values as they go into the JSON files: booleans and small integers as JSON, JSON columns
// parsed, timestamps as ISO strings, everything else (numeric, bigint, floats, enums,
// arrays, …) as PostgreSQL's own text, which casts back to exactly the same value.
const OID = { bool: 16, int2: 21, int4: 23, json: 114, jsonb: 3802, timestamp: 1114, timestamptz: 1184 };
const PARSED_BY_PG = new Set([OID.bool, OID.int2, OID.int4, OID.json, OID.jsonb]);

const TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d(?::?\d\d)?)?$/;

// "2026-11-22 21:30:53.1" → "2026-11-22T21:30:53.100Z", the form Date#toISOString writes.
// The session runs in UTC, and Prisma keeps UTC in its zone-less timestamps.
export function isoTimestamp(text: string): string {
  const m = TIMESTAMP.exec(text);
  if (!m) return text; // infinity, BC dates: kept as PostgreSQL wrote them
  const fraction = (m[3] ?? "").padEnd(3, "0");
  const zone = !m[4] || /^[+-]00(:?00)?$/.test(m[4]) ? "Z" : m[4];
  return `${m[1]}T${m[2]}.${fraction}${zone}`;
}

const raw = (text: string) => text;

function getTypeParser(oid: number, format?: "text" | "binary") {
  if (PARSED_BY_PG.has(oid)) return pg.types.getTypeParser(oid, format);
  if (oid === OID.timestamp || oid === OID.timestamptz) return isoTimestamp;
  return raw;
}

export type Client = pg.Client;

export async function connect(url: string): Promise<Client> {
  const client = new pg.Client({ connectionString: url, types: { getTypeParser } as pg.CustomTypesConfig });
  await client.connect();
  await client.query("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'");
  return client;
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
