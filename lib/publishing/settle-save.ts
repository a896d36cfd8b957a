import "server-only";
import type { FormState } from "@/lib/actions/form-state";
import type { SaveResult } from "@/lib/history/locked-save";
import { expireTags } from "./invalidate";

// After a mutation's transaction: expire what the public site cached of the record and
// tell the form its new version (and, for a new record, where it now lives).
export function settleSave(result: SaveResult): FormState {
  if (!result.ok) return result;
  expireTags(result.tags);
  return { ok: true, version: result.version, data: { id: result.id } };
}
