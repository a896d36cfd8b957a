import "server-only";
import { createMediaStorage, type MediaStorage } from "./storage-backends";

export type { MediaStorage, StoredObject } from "./storage-backends";
export { UnsafeKeyError } from "./storage-backends";

// The app's one storage backend, chosen from the environment on first use: a local folder,
// or S3-compatible object storage with MEDIA_STORAGE=s3 (see createMediaStorage).
let storage: MediaStorage | undefined;

export function mediaStorage(): MediaStorage {
  storage ??= createMediaStorage();
  return storage;
}
