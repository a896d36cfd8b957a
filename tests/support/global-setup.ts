import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../../server/db/open.ts";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { TEMPLATE_DB } from "./test-db.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

// One PostgreSQL for the run (TEST_DATABASE_URL, or an embedded server on a free port in
// a throwaway folder) and one migrated template database that each test file clones.
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let dir: string | null = null;
  if (!adminUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-test-db-"));
    const db = await startEmbeddedDb({ dataDir: dir, database: "postgres", fast: true });
    adminUrl = db.url;
    stop = db.stop;
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await migrate(templateUrl.href);
  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    await stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
