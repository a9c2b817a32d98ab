import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

/** Acknowledges exactly the events whose transaction committed (event-writer.ts). */
export function logHandler({ writer }: HandlerDeps): Handler<'log'> {
  return async (request) => ({ acked: await writer.write(request.events) });
}
