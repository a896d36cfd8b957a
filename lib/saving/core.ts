import "server-only";
import type { ContentType, Locale, Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { transactionAnnounced } from "@/lib/publishing/broadcast";

// The one way a back-office change is saved: a transaction that writes the record, its
// revision and its audit entry, and answers either the new version and the cache tags to
// expire, or a refusal. A refusal is a message key of AdminErrors with its values, or keys
// per field; the action turns it into the form's state (settle in lib/actions/guard.ts).

export type Actor = { id: string; role: Role; sessionId?: string };
// The part of the actor a change needs when no role decides it (the permission was checked by
// the action): who, and in which session. Where from is the request's (lib/history/record.ts).
export type ActorRef = Pick<Actor, "id" | "sessionId">;

// `version` is the record's new version; accounts have none (their change time is the token,
// in `data`). Each side names the other's fields as absent, so either can be read off a result
// without narrowing it first.
export type SaveSuccess = {
  ok: true;
  id: string;
  version?: number;
  tags: string[];
  data?: Record<string, unknown>;
  error?: never;
  errorValues?: never;
  fieldErrors?: never;
};
export type SaveFailure = {
  ok: false;
  error?: string;
  errorValues?: Record<string, string | number>;
  fieldErrors?: Record<string, string[]>;
  // What the form shows beside the error, such as the lines of a refused CSV file.
  data?: Record<string, unknown>;
  id?: never;
  version?: never;
  tags?: never;
};
export type SaveResult = SaveSuccess | SaveFailure;

// Thrown inside the transaction so that whatever was written before the refusal is rolled back.
type Refusal = Omit<SaveFailure, "ok">;

export class SaveRefused extends Error {
  constructor(readonly failure: Refusal) {
    super(failure.error ?? "refused");
  }
}

// A refusal answered before any transaction began.
export const refusal = (error: string, errorValues?: Record<string, string | number>): SaveFailure => ({ ok: false, error, errorValues });

export function refuse(error: string, errorValues?: Record<string, string | number>): never {
  throw new SaveRefused({ error, errorValues });
}

export function refuseField(field: string, key: string): never {
  throw new SaveRefused({ fieldErrors: { [field]: [key] } });
}

export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

// Two saves that raced past the checks are decided by the unique indexes. A save that knows
// what its index guards names the answer (`raced`: the year of a rating edition, an account's
// e-mail); otherwise a slug is the field's to report and anything else is a conflict with an
// unknown colleague.
function raceLost(error: unknown): Refusal {
  const detail = JSON.stringify((error as { meta?: unknown }).meta ?? {}) + String((error as Error).message);
  return /slug/i.test(detail) ? { fieldErrors: { slug: ["slugTaken"] } } : { error: "conflictUnknown" };
}

export async function runSave(work: (tx: Prisma.TransactionClient) => Promise<SaveSuccess>, raced?: Refusal): Promise<SaveResult> {
  try {
    return await transactionAnnounced(work);
  } catch (error) {
    if (error instanceof SaveRefused) return { ok: false, ...error.failure };
    if (isUniqueViolation(error)) return { ok: false, ...(raced ?? raceLost(error)) };
    throw error;
  }
}

type Lookup = { entityType: ContentType; entityId: string; locale?: Locale | null; actions?: string[] };

// Who saved a record last and when, from its latest audit entry: of one locale, of the fields
// both locales share (locale null), or of any part (locale left out).
export async function lastSaver(tx: Prisma.TransactionClient, { entityType, entityId, locale, actions }: Lookup) {
  const entry = await tx.auditLog.findFirst({
    where: { entityType, entityId, ...(locale !== undefined ? { locale } : {}), ...(actions ? { action: { in: actions } } : {}) },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  return entry?.actor ? { name: entry.actor.name, time: entry.createdAt.toISOString() } : null;
}

// A save that names a version other than the stored one: refused, naming the colleague.
export async function refuseStale(tx: Prisma.TransactionClient, lookup: Lookup): Promise<never> {
  const who = await lastSaver(tx, lookup);
  return who ? refuse("conflict", who) : refuse("conflictUnknown");
}

// A model whose rows carry the version an editor loaded, in the shape all of Prisma's delegates
// share; `Data` is what the caller writes, so Prisma still checks it against the model.
type Versioned<Data> = {
  updateMany(args: { where: { id: string; version: number }; data: Data & { version: { increment: number } } }): PromiseLike<{ count: number }>;
};
type VersionedRow<Data, Create, Row> = Versioned<Data> & {
  findUniqueOrThrow(args: { where: { id: string } }): PromiseLike<Row>;
  create(args: { data: Data & Create }): PromiseLike<Row>;
};
type VersionedRecord<Data> = Versioned<Data> & {
  create(args: { data: Data; select: { id: true; version: true } }): PromiseLike<{ id: string; version: number }>;
};

// Writes the row only while it is still at the version the editor loaded, so the second of two
// racing saves is refused naming the first.
async function updateAtVersion<Data>(tx: Prisma.TransactionClient, model: Versioned<Data>, id: string, version: number, data: Data, stale: Lookup) {
  const { count } = await model.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) await refuseStale(tx, stale);
}

// One locale's row of a record: updated at its version, or created (with `create` added) when
// the locale has none yet; answers the row as saved.
type TranslationWrite<Data, Create> = { current: { id: string } | null; version: number; data: Data; create: Create; stale: Lookup };
export async function writeVersioned<Data extends object, Create extends object, Row>(
  tx: Prisma.TransactionClient,
  model: VersionedRow<Data, Create, Row>,
  { current, version, data, create, stale }: TranslationWrite<Data, Create>,
): Promise<Row> {
  if (!current) return model.create({ data: { ...data, ...create } });
  await updateAtVersion(tx, model, current.id, version, data, stale);
  return model.findUniqueOrThrow({ where: { id: current.id } });
}

// A record saved from one form: created when the form has no id, otherwise updated at its version.
export async function writeRecord<Data extends object>(
  tx: Prisma.TransactionClient,
  model: VersionedRecord<Data>,
  input: { id?: string; version: number },
  data: Data,
  entityType: ContentType,
): Promise<{ id: string; version: number }> {
  if (!input.id) return model.create({ data, select: { id: true, version: true } });
  await updateAtVersion(tx, model, input.id, input.version, data, { entityType, entityId: input.id });
  return { id: input.id, version: input.version + 1 };
}
