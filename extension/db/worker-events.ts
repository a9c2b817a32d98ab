import type { EventsRead } from './event-storage';
import { openHome } from './open-home';
import type { WorkerEventSource } from './store';

// The compute worker reads the promotion log itself when the store says where it is: 100k events
// then never pass through the page (read there, then copied to the worker), which is what kept the
// first render above its bar (quality.md P7). It opens the home's database with its declared
// schema, through the same store as the page, and every row is parsed (event-storage.ts) — a row the
// schema refuses is counted and left out, and the dashboard says how many.

export async function readEventSource(source: WorkerEventSource): Promise<EventsRead> {
  const store = await openHome(source);
  if (!store) return { events: [], unreadable: 0 };
  try {
    return await store.readCheckedEvents();
  } finally {
    store.close?.();
  }
}
