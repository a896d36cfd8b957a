import { quote, type Client } from "./connection.ts";
import { orderBy, type Table } from "./schema.ts";

export type Row = Record<string, unknown>;

// PostgreSQL takes at most 65,535 parameters per statement.
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 500;

export async function readTable(client: Client, table: Table): Promise<Row[]> {
  const columns = table.columns.map((c) => quote(c.name)).join(", ");
  const { rows } = await client.query<Row>(`SELECT ${columns} FROM ${quote(table.name)} ORDER BY ${orderBy(table)}`);
  return rows;
}

// The rows must carry exactly the table's columns: anything else means the file set was
// made for another schema, whatever its manifest says.
export function checkColumns(table: Table, rows: Row[]): string | null {
  const expected = table.columns
    .map((c) => c.name)
    .sort()
    .join(",");
  for (const [n, row] of rows.entries()) {
    if (!row || typeof row !== "object" || Array.isArray(row)) return `row ${n + 1} of ${table.name} is not an object`;
    if (Object.keys(row).sort().join(",") !== expected)
      return `row ${n + 1} of ${table.name} has the columns ${Object.keys(row).join(", ")} instead of ${expected}`;
  }
  return null;
}

function parameter(column: Table["columns"][number], value: unknown): unknown {
  // A JSON column that is required holds JSON's own null, not SQL's NULL.
  if (column.json) return value === null && !column.notNull ? null : JSON.stringify(value);
  return value;
}

// Self-referencing columns are inserted empty and set in a second pass, so the rows of
// one table can go in primary-key order whatever their tree looks like.
export async function insertRows(client: Client, table: Table, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const deferred = new Set(table.selfReferences);
  const columns = table.columns;
  const overriding = columns.some((c) => c.identityAlways) ? " OVERRIDING SYSTEM VALUE" : "";
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const cells = columns.map((c) => {
        values.push(deferred.has(c.name) ? null : parameter(c, row[c.name]));
        return `$${values.length}::${c.type}`;
      });
      return `(${cells.join(", ")})`;
    });
    await client.query(`INSERT INTO ${quote(table.name)} (${columns.map((c) => quote(c.name)).join(", ")})${overriding} VALUES ${tuples.join(", ")}`, values);
  }
  for (const name of deferred) {
    const column = columns.find((c) => c.name === name)!;
    const where = table.primaryKey.map((k, i) => `${quote(k)} = $${i + 2}`).join(" AND ");
    for (const row of rows) {
      if (row[name] === null || row[name] === undefined) continue;
      await client.query(`UPDATE ${quote(table.name)} SET ${quote(name)} = $1::${column.type} WHERE ${where}`, [
        row[name],
        ...table.primaryKey.map((k) => row[k]),
      ]);
    }
  }
}

// Identity and serial columns continue after the highest imported value.
export async function resetSequences(client: Client, table: Table): Promise<number> {
  let reset = 0;
  for (const column of table.columns) {
    const { rows } = await client.query<{ seq: string | null }>("SELECT pg_get_serial_sequence($1, $2) AS seq", [quote(table.name), column.name]);
    const seq = rows[0]?.seq;
    if (!seq) continue;
    const col = quote(column.name);
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${col}) FROM ${quote(table.name)}), 1), (SELECT max(${col}) IS NOT NULL FROM ${quote(table.name)}))`,
      [seq],
    );
    reset++;
  }
  return reset;
}

export async function countRows(client: Client, table: Table): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table.name)}`);
  return Number(rows[0]!.n);
}
