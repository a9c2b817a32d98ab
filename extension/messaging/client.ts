import { browser } from 'wxt/browser';
import type { ReplyMap, Request, RequestType } from './protocol';

// The one way any part of the extension talks to the background. Types only from the protocol, so
// content scripts do not bundle zod; the background parses every request it receives.

export class MessageError extends Error {}

export async function send<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<ReplyMap[T]> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (reply === null || typeof reply !== 'object' || !('ok' in reply)) {
    throw new MessageError('the extension did not answer (it may be updating): try again in a moment');
  }
  if (reply.ok !== true) {
    throw new MessageError(
      'error' in reply && typeof reply.error === 'string' ? reply.error : 'request refused',
    );
  }
  return (reply as unknown as { data: ReplyMap[T] }).data;
}
