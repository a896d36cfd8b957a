import "server-only";
import type { FormState } from "@/lib/actions/form-state";
import type { SaveFailure, SaveSuccess } from "@/lib/history/locked-save";
import { expireTags } from "@/lib/publishing/invalidate";

export type TranslatedSave = SaveSuccess & { baseVersion?: number };

// After the transaction: expire the public pages that show the record, and tell the form
// its new version (and the base row's, when this save moved it too).
export function settleTranslated(result: TranslatedSave | SaveFailure): FormState {
  if (!result.ok) return { error: result.error, errorValues: result.errorValues, fieldErrors: result.fieldErrors };
  expireTags(result.tags);
  return { ok: true, version: result.version, data: { id: result.id, ...(result.baseVersion ? { baseVersion: result.baseVersion } : {}) } };
}
