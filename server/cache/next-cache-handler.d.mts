type Context = { tags?: string[]; softTags?: string[]; fetchCache?: boolean; cacheControl?: unknown };
type Entry = { value: unknown; lastModified: number; cacheControl?: unknown; tags: string[] };
export default class MemoryCacheHandler {
  get(key: string, ctx?: Context): Promise<Entry | null>;
  set(key: string, value: unknown, ctx?: Context): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
