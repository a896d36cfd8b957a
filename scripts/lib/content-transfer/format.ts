import { z } from "zod";
import { StartupError } from "../../../server/startup-error.mjs";

// The file set of an export: one JSON file per table, media.json listing the stored media
// objects, their bytes under media/, and manifest.json (written last) tying it together.
export const FORMAT = "airr-content-export";
export const FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";
export const MEDIA_LIST_FILE = "media.json";
export const MEDIA_DIR = "media";
export const tableFile = (table: string) => `tables/${table}.json`;

// Every other table of the schema is exported, so a table added later is never silently
// left behind. These hold secrets or short-lived state that a restore must not revive.
export const EXCLUDED_TABLES: Record<string, string> = {
  _prisma_migrations: "migration history (the target applies its own; the latest name is checked)",
  session: "sign-in sessions",
  account: "password hashes and sign-in provider tokens",
  verification: "verification tokens",
  SignInAttempt: "sign-in attempts kept for throttling",
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const fileEntry = z.object({ file: z.string(), rows: z.number().int().nonnegative(), sha256 });

export const manifestSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  migration: z.string(),
  tables: z.record(z.string(), fileEntry),
  media: z.object({ file: z.string(), objects: z.number().int().nonnegative(), bytes: z.number().int().nonnegative(), sha256, missing: z.array(z.string()) }),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const mediaEntrySchema = z.object({ key: z.string(), size: z.number().int().nonnegative(), sha256 });
export const mediaListSchema = z.array(mediaEntrySchema);
export type MediaEntry = z.infer<typeof mediaEntrySchema>;

// An import that stops before writing anything; the CLI prints the message alone.
export class TransferRefused extends StartupError {
  override name = "TransferRefused";
}
