// Which media storage the environment asks for, checked without loading any storage client,
// so start-up can name a mistake at once. Not server-only, like storage-backends.ts.
import path from "node:path";

export type S3MediaConfig = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  // Unset: the SDK's default chain (AWS_* variables, a profile, an instance role).
  credentials?: { accessKeyId: string; secretAccessKey: string };
  // "" or a path ending in "/", in front of every key.
  prefix: string;
};

const FLAGS: Record<string, boolean> = { "": false, false: false, "0": false, true: true, "1": true };
const PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

// The S3 settings from the environment, or one sentence saying what is wrong with them.
export function s3ConfigFromEnv(env: Record<string, string | undefined>): { config: S3MediaConfig } | { problem: string } {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return { problem: "MEDIA_STORAGE=s3 needs S3_BUCKET, the name of the bucket that holds the media." };
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  if (endpoint && !(/^https?:\/\//.test(endpoint) && URL.canParse(endpoint)))
    return { problem: `S3_ENDPOINT must be an http:// or https:// URL such as https://storage.yandexcloud.net (it is "${endpoint}").` };
  const flag = (env.S3_FORCE_PATH_STYLE ?? "").trim().toLowerCase();
  if (!(flag in FLAGS)) return { problem: `S3_FORCE_PATH_STYLE must be true or false (it is "${env.S3_FORCE_PATH_STYLE}").` };
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId !== !secretAccessKey)
    return { problem: "Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither to use the AWS SDK's default credentials." };
  const prefix = (env.S3_PREFIX ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (prefix && !PREFIX_PATTERN.test(prefix))
    return { problem: `S3_PREFIX may hold only letters, digits, ".", "_", "-" and "/" between them (it is "${env.S3_PREFIX}").` };
  return {
    config: {
      bucket,
      region: env.S3_REGION?.trim() || "us-east-1",
      endpoint,
      forcePathStyle: FLAGS[flag]!,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      prefix: prefix && `${prefix}/`,
    },
  };
}

export type MediaEnv = Record<string, string | undefined>;
type Choice = { dir: string } | { s3: S3MediaConfig } | { problem: string };

// MEDIA_STORAGE picks the backend: a folder for one server, S3-compatible object storage
// when several servers must see the same media.
export function mediaStorageChoice(env: MediaEnv): Choice {
  const kind = env.MEDIA_STORAGE?.trim() || "local";
  if (kind === "local") return { dir: env.MEDIA_DIR ?? path.join(env.DATA_DIR ?? ".data", "media") };
  if (kind !== "s3") return { problem: `MEDIA_STORAGE=${kind} is not supported; use "local" (a folder, the default) or "s3" (S3-compatible object storage).` };
  const s3 = s3ConfigFromEnv(env);
  return "problem" in s3 ? s3 : { s3: s3.config };
}

// One sentence saying what is wrong with the media settings, for start-up to print; null when usable.
export function mediaStorageProblem(env: MediaEnv = process.env): string | null {
  const choice = mediaStorageChoice(env);
  return "problem" in choice ? choice.problem : null;
}
