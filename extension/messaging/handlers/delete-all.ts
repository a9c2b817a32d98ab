import { deleteAllData } from '../../db/events-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

/** Empties the promotion log and the results (one transaction); links and settings stay. */
export function deleteAllHandler({ db }: HandlerDeps): Handler<'delete-all'> {
  return async () => {
    const { events, results } = await deleteAllData(db);
    return { deleted: events + results };
  };
}
