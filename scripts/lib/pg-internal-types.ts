import pg from "pg";

// Upstream bug (migrations over @prisma/adapter-pg): the schema engine cannot
// deserialize Postgres' internal `char` (oid 18) and `name` (oid 19) columns and stops
// with "Column type 'name' could not be deserialized". Reporting them as text (oid 25)
// in the row description lets `prisma migrate` run offline through the WASM engine.
const INTERNAL_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type QueryProto = { handleRowDescription: (msg: { fields: Field[] }) => void; __airrPatched?: boolean };

export function patchPgInternalTypes(): void {
  const Query = (pg as unknown as { Query: { prototype: QueryProto } }).Query;
  const proto = Query.prototype;
  if (proto.__airrPatched) return;
  const original = proto.handleRowDescription;
  proto.handleRowDescription = function (msg) {
    for (const field of msg.fields) {
      if (INTERNAL_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return original.call(this, msg);
  };
  proto.__airrPatched = true;
}
