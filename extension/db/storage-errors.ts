import type Dexie from 'dexie';

// IndexedDB fails in a few ways a user can act on (quality.md R3): the disk is full, the database
// was closed or deleted under us, another tab holds an old version open, or the browser offers no
// IndexedDB at all. Everything the db layer throws is a StorageError naming which, so that the
// messaging layer can say it in the user's language.

export type StorageProblem = 'quota' | 'closed' | 'blocked' | 'unavailable' | 'failed';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Dexie wraps the browser's error (`inner`); DOMExceptions carry the name that matters. */
function errorChain(err: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    chain.push({
      name: typeof e.name === 'string' ? e.name : '',
      message: typeof e.message === 'string' ? e.message : '',
    });
    current = e.inner ?? e.cause;
  }
  return chain;
}

export function classifyStorageError(err: unknown): StorageProblem {
  if (err instanceof StorageError) return err.problem;
  const chain = errorChain(err);
  const names = chain.map((e) => e.name);
  const text = chain.map((e) => e.message.toLowerCase()).join(' ');
  if (names.includes('QuotaExceededError') || text.includes('quota')) return 'quota';
  if (names.includes('MissingAPIError')) return 'unavailable';
  if (names.includes('VersionError') || names.includes('BlockedError')) return 'blocked';
  if (
    names.includes('DatabaseClosedError') ||
    (names.includes('InvalidStateError') && text.includes('clos'))
  ) {
    return 'closed';
  }
  return 'failed';
}

/**
 * Whether an error is the operation's own refusal (a settings conflict, a link the user may not
 * use), which passes through as it is: such errors say `refusal: true`. Anything else thrown while
 * the database works is a storage problem.
 */
export function isStorageFailure(err: unknown): boolean {
  return !(err !== null && typeof err === 'object' && (err as { refusal?: unknown }).refusal === true);
}

export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const first = errorChain(err)[0];
  const detail = first ? `${first.name}: ${first.message}` : String(err);
  return new StorageError(classifyStorageError(err), detail, { cause: err });
}

/**
 * Runs a database operation; when it fails because the connection was closed (the browser closed
 * it, or the database was deleted by another tab and Dexie let go of it), reopens the database and
 * runs the operation once more. Operations passed here must be whole transactions, so a retry never
 * repeats half of one: IndexedDB rolled the failed one back.
 */
export async function withReopen<T>(db: Dexie, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    // The operation's own refusal (a settings conflict, a bad link) is not a storage problem.
    if (!isStorageFailure(err)) throw err;
    if (classifyStorageError(err) !== 'closed') throw toStorageError(err);
  }
  try {
    if (!db.isOpen()) await db.open();
    return await operation();
  } catch (err) {
    throw toStorageError(err);
  }
}
