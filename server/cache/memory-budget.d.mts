export declare const DEFAULT_CACHE_MEMORY_MB: number;
export declare function cacheMemoryProblem(env?: Record<string, string | undefined>): string | null;
export declare function cacheMemoryBytes(env?: Record<string, string | undefined>): number;
export type CacheSpace<T> = { get(key: string): T | undefined; set(key: string, value: T, size: number): void; delete(key: string): void };
export declare function cacheSpace<T>(namespace: string, options?: { onEvict?: (key: string, value: T) => void; keyedByText?: boolean }): CacheSpace<T>;
export declare function cacheUsage(): { bytes: number; entries: number; maxBytes: number };
export declare function stringSize(text: string): number;
export declare function approximateSize(value: unknown, depth?: number): number;
