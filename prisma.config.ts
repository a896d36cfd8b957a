import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { patchPgInternalTypes } from "./scripts/lib/pg-internal-types";

patchPgInternalTypes();

// `prisma generate` never connects, but with no DATABASE_URL at all the CLI falls back to
// downloading a native engine, which fails offline (as on a fresh `npm install`).
if (process.argv.includes("generate") && !process.env.DATABASE_URL) {
  process.env.DATABASE_URL = "postgresql://generate-only@127.0.0.1:1/none";
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
