import "server-only";
import { settle } from "@/lib/actions/guard";
import { minutesUntil, type FormState } from "@/lib/actions/form-state";
import { withUser, zodFieldErrors } from "@/lib/actions/guard";
import { readMultipart } from "@/lib/http/multipart";
import { UPLOAD_MAX_BYTES, mediaUploadSchema } from "@/lib/zod/media";
import { createMediaFromUpload, textsFromInput } from "./mutations";
import { uploadBlockedUntil } from "./upload-quota";

async function quotaRefusal(userId: string, bytes: number): Promise<FormState | null> {
  const blockedUntil = await uploadBlockedUntil(userId, bytes);
  return blockedUntil ? { error: "upload.rateLimited", errorValues: { minutes: minutesUntil(blockedUntil) } } : null;
}

// An upload of the media library, sent as multipart/form-data to a route handler rather than
// a server action: the session and permission are checked before a byte of the body is read,
// and the body is read against the file's own limit, so server actions (sign-in among them)
// keep a small one.
export async function uploadMediaFromRequest(request: Request): Promise<FormState> {
  return withUser("media.upload", async (user) => {
    const declared = Number(request.headers.get("content-length") ?? 0) || 0;
    const early = await quotaRefusal(user.id, Math.min(declared, UPLOAD_MAX_BYTES));
    if (early) return early;
    const form = await readMultipart(request, { fileBytes: UPLOAD_MAX_BYTES, fieldBytes: 16 * 1024, fields: 8 });
    if (form === "tooLarge") return { fieldErrors: { file: ["upload.tooLarge"] } };
    if (form === "malformed") return { error: "upload.malformed" };
    const file = form.file && form.file.field === "file" ? form.file : null;
    const text = (name: string) => form.fields[name] ?? "";
    const parsed = mediaUploadSchema.safeParse({
      file: file ? { name: file.name, size: file.bytes.length } : undefined,
      altRu: text("altRu"),
      altEn: text("altEn"),
      captionRu: text("captionRu"),
      captionEn: text("captionEn"),
    });
    if (!parsed.success || !file) return { fieldErrors: parsed.success ? { file: ["required"] } : zodFieldErrors(parsed.error.issues) };
    const late = await quotaRefusal(user.id, file.bytes.length);
    if (late) return late;
    const { altRu, altEn, captionRu, captionEn } = parsed.data;
    let result;
    try {
      result = await createMediaFromUpload(user.id, file, textsFromInput({ altRu, altEn, captionRu, captionEn, creditRu: "", creditEn: "" }));
    } catch (error) {
      // A storage or database failure: logged for the operator, a plain message for the editor.
      console.error("media upload failed", error);
      return { error: "unexpected" };
    }
    return settle(result);
  });
}

// The HTTP status that goes with a form state, for clients other than the form.
export function uploadStatus(state: FormState): number {
  if (state.ok) return 201;
  if (state.error === "auth.signedOut") return 401;
  if (state.error === "auth.forbidden") return 403;
  if (state.error === "upload.rateLimited") return 429;
  if (state.error === "databaseUnavailable") return 503;
  if (state.error === "unexpected") return 500;
  if (state.fieldErrors?.file?.includes("upload.tooLarge")) return 413;
  return 422;
}
