export declare function projectMigrations(dir?: string): string[];
export declare function migrateDatabase(
  url: string,
  options: { log: (level: "info", msg: string, fields?: Record<string, unknown>) => void },
): Promise<string[]>;
