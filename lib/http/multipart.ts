import "server-only";
import { Readable } from "node:stream";
import busboy from "busboy";

// A multipart/form-data body read as it arrives, with one file and a few short text fields,
// each under its own limit. The byte counts are checked while reading, so a body that says
// nothing of its size (chunked) or lies about it is cut off as soon as it goes over.

export type MultipartLimits = { fileBytes: number; fieldBytes?: number; fields?: number };
export type UploadedFile = { field: string; name: string; bytes: Buffer };
export type MultipartForm = { fields: Record<string, string>; file: UploadedFile | null };
export type MultipartProblem = "tooLarge" | "malformed";

// Headers, boundaries and the text fields around the file.
const ENVELOPE_BYTES = 64 * 1024;

export async function readMultipart(request: Request, limits: MultipartLimits): Promise<MultipartForm | MultipartProblem> {
  const { fileBytes, fieldBytes = 8 * 1024, fields: fieldCount = 20 } = limits;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  // Refused before a byte is read.
  if (declared > fileBytes + ENVELOPE_BYTES) return "tooLarge";
  if (!request.body) return "malformed";
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: Object.fromEntries(request.headers),
      limits: { files: 1, fileSize: fileBytes, fields: fieldCount, fieldSize: fieldBytes, parts: fieldCount + 1 },
    });
  } catch {
    return "malformed";
  }
  return new Promise((resolve) => {
    const form: MultipartForm = { fields: {}, file: null };
    let problem: MultipartProblem | null = null;
    const body = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream);
    const stop = (found: MultipartProblem) => {
      problem ??= found;
      body.unpipe(parser);
      body.destroy();
      resolve(problem);
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return stop("tooLarge");
      form.fields[name] = value;
    });
    parser.on("file", (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => stop("tooLarge"));
      stream.on("end", () => {
        if (!problem) form.file = { field, name: info.filename ?? "", bytes: Buffer.concat(chunks) };
      });
    });
    parser.on("filesLimit", () => stop("tooLarge"));
    parser.on("fieldsLimit", () => stop("tooLarge"));
    parser.on("partsLimit", () => stop("tooLarge"));
    parser.on("error", () => stop("malformed"));
    parser.on("close", () => {
      if (!problem) resolve(form);
    });
    body.on("error", () => stop("malformed"));
    body.pipe(parser);
  });
}
