import { logger } from "../../server/log.mjs";
import { createPrisma } from "../lib/prisma.ts";
import { ensureAdmin } from "./admin.ts";
import { loadContent } from "./load.ts";
import { writeContent } from "./write.ts";

export { ContentError } from "./content-error.ts";

// Validates every content file before touching the database, then writes in one transaction.
type SeedOptions = { contentDir?: string; log?: (line: string) => void; adminOnly?: boolean };

export async function seedDatabase(url: string, opts: SeedOptions = {}) {
  const log = opts.log ?? ((line: string) => logger.info(line));
  const content = opts.adminOnly ? null : loadContent(opts.contentDir);
  const prisma = createPrisma(url);
  try {
    const summary = content ? await writeContent(prisma, content) : { written: 0, kept: [] };
    if (content)
      log(`Demo content: ${summary.written} records written${summary.kept.length ? `, ${summary.kept.length} kept because an editor changed them` : ""}.`);
    const admin = await ensureAdmin(prisma);
    if (admin) log(`Administrator account ready: ${admin}`);
    return summary;
  } finally {
    await prisma.$disconnect();
  }
}

export async function isDatabaseEmpty(url: string): Promise<boolean> {
  const prisma = createPrisma(url);
  try {
    return (await prisma.region.count()) === 0;
  } finally {
    await prisma.$disconnect();
  }
}
