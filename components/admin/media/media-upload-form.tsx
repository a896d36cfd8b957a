"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { UPLOAD_MAX_BYTES } from "@/lib/zod/media";
import { Field } from "../field";
import { FormError } from "../form-messages";
import { SaveButton } from "../save/save-button";

// Files go to a route handler, not a server action: it checks the session before reading the
// body and has its own size limit (lib/media/upload-request.ts).
async function sendUpload(formData: FormData): Promise<FormState> {
  try {
    const response = await fetch("/admin/media/upload", { method: "POST", body: formData });
    if (response.headers.get("content-type")?.startsWith("application/json")) return (await response.json()) as FormState;
    return { error: response.status === 413 ? "upload.tooLarge" : "unexpected" };
  } catch {
    return { error: "unexpected" };
  }
}

const input = "rounded border border-slate-300 px-2 py-1.5";
const textFields = ["altRu", "altEn", "captionRu", "captionEn"] as const;

export function MediaUploadForm() {
  const t = useTranslations("AdminMedia.upload");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  // An oversized file is refused here, before its megabytes travel to the server.
  const [local, setLocal] = useState<FormState | null>(null);
  const shown = local ?? state;

  useEffect(() => {
    if (!state.ok) return;
    formRef.current?.reset();
    router.refresh();
  }, [state, router]);

  const uploadedId = state.ok ? (state.data?.id as string | undefined) : undefined;
  return (
    <form
      ref={formRef}
      noValidate
      // Submitting by hand keeps what was typed after a refusal.
      onSubmit={(e) => {
        e.preventDefault();
        const formData = new FormData(e.currentTarget);
        const file = formData.get("file");
        if (file instanceof File && file.size > UPLOAD_MAX_BYTES) return setLocal({ fieldErrors: { file: ["upload.tooLarge"] } });
        setLocal(null);
        startTransition(async () => setState(await sendUpload(formData)));
      }}
      className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4"
      aria-labelledby="media-upload-heading"
    >
      <h2 id="media-upload-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <FormError state={shown} />
      <Field id="media-file" label={t("file")} errors={shown.fieldErrors?.file}>
        <input id="media-file" name="file" type="file" required className="text-sm" aria-describedby="media-file-hint media-file-errors" />
        <span id="media-file-hint" className="text-slate-600">
          {t("fileHint")}
        </span>
      </Field>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {textFields.map((name) => (
          <Field key={name} id={`media-${name}`} label={t(name)} errors={shown.fieldErrors?.[name]}>
            <textarea
              id={`media-${name}`}
              name={name}
              rows={2}
              maxLength={name.startsWith("alt") ? 500 : 2000}
              className={input}
              aria-describedby={`media-${name}-errors${name.startsWith("alt") ? " media-alt-hint" : ""}`}
            />
          </Field>
        ))}
      </div>
      <p id="media-alt-hint" className="text-sm text-slate-600">
        {t("altHint")}
      </p>
      <SaveButton
        pending={pending}
        label={t("submit")}
        pendingLabel={t("pending")}
        status={
          uploadedId &&
          !local && (
            <>
              {t("done")}{" "}
              <Link href={`/admin/media/${uploadedId}`} className="text-link">
                {t("open")}
              </Link>
            </>
          )
        }
      />
    </form>
  );
}
