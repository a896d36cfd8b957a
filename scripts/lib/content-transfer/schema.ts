import { quote, type Client } from "./connection.ts";
import { EXCLUDED_TABLES, TransferRefused } from "./format.ts";

export type Column = { name: string; type: string; json: boolean; notNull: boolean; identityAlways: boolean };
export type Table = {
  name: string;
  columns: Column[]; // without generated columns, which the database computes again
  primaryKey: string[];
  textKey: Set<string>; // primary-key columns ordered byte-wise, whatever the database collation
  selfReferences: string[]; // nullable columns pointing into the same table, filled in after the rows
};

type ColumnRow = { table: string; name: string; type: string; typname: string; notnull: boolean; generated: string; identity: string; collatable: boolean };

const COLUMNS = `
  SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typname,
         a.attnotnull AS notnull, a.attgenerated AS generated, a.attidentity AS identity, t.typcollation <> 0 AS collatable
  FROM pg_class c
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
  ORDER BY c.relname, a.attnum`;

const PRIMARY_KEYS = `
  SELECT c.relname AS table, json_agg(a.attname ORDER BY array_position(k.conkey, a.attnum)) AS columns
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
  WHERE k.contype = 'p' AND k.connamespace = current_schema()::regnamespace
  GROUP BY c.relname`;

const FOREIGN_KEYS = `
  SELECT c.relname AS table, r.relname AS target, json_agg(a.attname) AS columns
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_class r ON r.oid = k.confrelid
  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
  WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
  GROUP BY k.oid, c.relname, r.relname`;

// The exported tables of the current schema, parents before children, so rows can be
// inserted in this order without deferring any foreign key.
export async function readSchema(client: Client): Promise<Table[]> {
  const columns = await client.query<ColumnRow>(COLUMNS);
  const keys = await client.query<{ table: string; columns: string[] }>(PRIMARY_KEYS);
  const foreign = await client.query<{ table: string; target: string; columns: string[] }>(FOREIGN_KEYS);
  const tables = new Map<string, Table>();
  const parents = new Map<string, Set<string>>();
  for (const c of columns.rows) {
    if (Object.hasOwn(EXCLUDED_TABLES, c.table)) continue;
    if (!tables.has(c.table)) {
      tables.set(c.table, { name: c.table, columns: [], primaryKey: [], textKey: new Set(), selfReferences: [] });
      parents.set(c.table, new Set());
    }
    if (c.generated) continue;
    tables.get(c.table)!.columns.push({
      name: c.name,
      type: c.type,
      json: c.typname === "json" || c.typname === "jsonb",
      notNull: c.notnull,
      identityAlways: c.identity === "a",
    });
    if (c.collatable) tables.get(c.table)!.textKey.add(c.name);
  }
  for (const k of keys.rows) {
    const table = tables.get(k.table);
    if (table) table.primaryKey = k.columns;
  }
  for (const f of foreign.rows) {
    const table = tables.get(f.table);
    if (!table) continue;
    if (!tables.has(f.target)) throw new Error(`Table ${f.table} refers to ${f.target}, which is not exported; the export format needs updating.`);
    if (f.target !== f.table) parents.get(f.table)!.add(f.target);
    else table.selfReferences.push(...f.columns);
  }
  for (const t of tables.values()) {
    if (t.primaryKey.length === 0) throw new Error(`Table ${t.name} has no primary key, so its rows have no stable order.`);
    for (const c of t.selfReferences) {
      if (t.columns.find((x) => x.name === c)?.notNull) throw new Error(`Table ${t.name} refers to itself through the required column ${c}.`);
    }
    // Only the primary key's own text columns need the byte-wise order.
    t.textKey = new Set(t.primaryKey.filter((c) => t.textKey.has(c)));
  }
  return topological(tables, parents);
}

function topological(tables: Map<string, Table>, parents: Map<string, Set<string>>): Table[] {
  const ordered: Table[] = [];
  const done = new Set<string>();
  const pending = [...tables.keys()].sort();
  while (pending.length) {
    const next = pending.find((name) => [...parents.get(name)!].every((p) => done.has(p)));
    if (!next) throw new Error(`The foreign keys between ${pending.join(", ")} form a cycle.`);
    pending.splice(pending.indexOf(next), 1);
    done.add(next);
    ordered.push(tables.get(next)!);
  }
  return ordered;
}

// The newest migration applied to the database, or null for a database without any.
export async function appliedMigration(client: Client): Promise<string | null> {
  const found = await client.query<{ present: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
  if (!found.rows[0]?.present) return null;
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.migration_name ?? null;
}

// An export restores only into the schema it was made from.
export async function latestMigration(client: Client): Promise<string> {
  const name = await appliedMigration(client);
  if (!name) throw new TransferRefused("The database has no migrations applied, so it is not a database of this site; nothing was written.");
  return name;
}

export const orderBy = (t: Table) => t.primaryKey.map((c) => `${quote(c)}${t.textKey.has(c) ? ' COLLATE "C"' : ""}`).join(", ");
