import type PgBoss from "pg-boss";

export type QueueDefinition = {
  name: string;
  policy: "standard" | "stately" | "singleton" | "short";
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds: number;
};
export declare const QUEUE_SCHEMA: string;
export declare const QUEUES: Record<"publishDue" | "publication" | "indexNow" | "telegram" | "mail", QueueDefinition>;
export declare const QUEUE_NAMES: string[];
export declare const DIGEST_SCHEDULE: { cron: string; tz: string };
export declare function queueOf(name: string): QueueDefinition | null;
export declare function createBoss(connectionString: string, options?: { maintain?: boolean; applicationName?: string }): PgBoss;
export declare function installQueues(connectionString: string): Promise<void>;
