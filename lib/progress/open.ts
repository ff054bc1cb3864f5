/**
 * Opens a lesson's saved progress for the page: edits restored into the notebook, the run journal
 * started, and what the previous visit left behind. Browser storage can be missing or refuse
 * (private windows, full disks): the notebook then works without it and says so.
 */
import { EditSession, type SourceHost } from './edit-session';
import { IdbEditStore, openEditsDb, type EditStore } from './edits-db';
import { RunJournal, holdVisitLock, type InterruptedRun, type StatusHost } from './run-journal';

/** What the page gets; `edits` and `journal` are missing when storage is unavailable. */
export interface LessonProgress {
  edits?: EditSession;
  journal?: RunJournal;
  /** The cell that was running when the previous visit died. */
  interrupted?: InterruptedRun;
  /** Storage could not be opened: edits will not survive a reload. */
  unavailable: boolean;
}

/** Longest wait for the database before the notebook starts without it. */
const OPEN_TIMEOUT_MS = 4_000;

/** Options; `store` replaces IndexedDB in tests. */
export interface OpenProgressOptions {
  store?: EditStore;
  locks?: LockManager;
  onSaveError?(error: unknown): void;
}

/** Restores and starts persisting `slug`'s progress into `host` (the notebook store). */
export async function openLessonProgress(
  slug: string,
  host: SourceHost & StatusHost,
  options: OpenProgressOptions = {},
): Promise<LessonProgress> {
  try {
    const visit = takeEarlyVisit(options.locks) ?? startVisit(options.locks);
    const store = options.store ?? new IdbEditStore(await withTimeout(openEditsDb(), OPEN_TIMEOUT_MS));
    const session = visit.session;
    // The saved edits and the run journal are read at the same time: on a page that is still
    // hydrating, each IndexedDB answer waits its turn on the main thread, and a Run clicked
    // early waits for both. Only the journal needs this visit's lock held first.
    const editsOpened = withTimeout(EditSession.open(slug, host, store, { onSaveError: options.onSaveError }), OPEN_TIMEOUT_MS);
    const journalOpened = visit.held.then(() => RunJournal.open(slug, host, store, { session, locks: options.locks }));
    try {
      const [edits, { journal, interrupted }] = await Promise.all([editsOpened, journalOpened]);
      return { edits, journal, interrupted, unavailable: false };
    } catch (e) {
      // Whichever half did open must stop watching the notebook.
      void editsOpened.then((edits) => edits.close(), () => {});
      void journalOpened.then(({ journal }) => journal.close(), () => {});
      throw e;
    }
  } catch (e) {
    console.warn('de-notebook: saved edits are unavailable', e);
    return { unavailable: true };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`browser storage did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** This visit's id, and its lock (held once `held` resolves). */
interface Visit {
  session: string;
  locks: LockManager | undefined;
  held: Promise<void>;
}

let earlyVisit: Visit | undefined;

function startVisit(locks: LockManager | undefined): Visit {
  const session = typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return { session, locks, held: holdVisitLock(session, locks) };
}

/**
 * Starts this visit's lock before the notebook asks for its progress: the lock manager answers in
 * 70-120 ms on a busy page (measured), time a Run clicked early would otherwise wait for.
 */
export function prewarmVisit(locks: LockManager | undefined): void {
  earlyVisit ??= startVisit(locks);
}

/** The early visit, once, if it was started with the same lock manager. */
function takeEarlyVisit(locks: LockManager | undefined): Visit | undefined {
  const visit = earlyVisit;
  earlyVisit = undefined;
  return visit && visit.locks === locks ? visit : undefined;
}
