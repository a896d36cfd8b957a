import type { z } from "zod";

// Names the file and the field, so a broken content file can be fixed without a debugger.
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ""}${detail}`);
    this.name = "ContentError";
  }
}

export function parseWith<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ContentError(file, issue.path.join("."), issue.message);
}
