export declare function parseDatabaseUrl(raw: string): URL;
export declare function isTransient(error: unknown): boolean;
export declare function connectionProblem(error: unknown, url: string): string;
export declare function waitForDatabase(url: string, options?: { timeoutMs: number; giveUp?: () => boolean }): Promise<void>;
export declare function firstConnectError(url: string): Promise<unknown>;
