// `--name value` and `--name=value` flags of the bench scripts.
export function option(name: string, argv = process.argv): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
  if (value === undefined || value === "" || value.startsWith("--")) throw new Error(`--${name} needs a value.`);
  return value;
}

export function flag(name: string, fallback: number, argv = process.argv): number {
  const raw = option(name, argv);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number (it is "${raw}").`);
  return n;
}

export const has = (name: string, argv = process.argv) => argv.includes(`--${name}`);
