import { formatPath } from '../../shared/schemas/errors';
import { StorageError } from '../db/storage-errors';
import { type BackgroundKey, backgroundDictionary } from '../i18n/background';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/locale';
import {
  CONTENT_SCRIPT_REQUESTS,
  type Reply,
  type ReplyMap,
  type Request,
  type RequestType,
  requestSchema,
} from './protocol';
import {
  builtInPlatform,
  classifySender,
  type MessageSenderLike,
  originOf,
  type Sender,
  type SenderPolicy,
} from './senders';

// Every message the background receives goes through `route`: the sender is checked first (own
// extension; content scripts only on the four sites and only for their few requests), then the
// message is parsed with the protocol's zod schema, then exactly one handler runs. Whatever
// happens, the reply is `{ ok: true, data }` or `{ ok: false, error }` in the user's language:
// nothing throws back into the messaging layer.

export type ContentSender = Extract<Sender, { kind: 'content' }>;
export type PageSender = Extract<Sender, { kind: 'page' }>;

export type Handler<T extends RequestType> = (
  request: Extract<Request, { type: T }>,
  sender: ContentSender | PageSender,
) => Promise<ReplyMap[T]>;

export type Handlers = { [T in RequestType]: Handler<T> };

/** An error whose message is written for the user (e.g. a link that fails the host rules). */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** A refusal to show the user, not a storage failure, even when thrown inside a transaction. */
  readonly refusal = true;
}

export interface RouterOptions {
  policy: SenderPolicy;
  handlers: Handlers;
  locale: () => Locale;
}

const STORAGE_KEYS: Record<StorageError['problem'], BackgroundKey> = {
  quota: 'storageQuota',
  closed: 'storageClosed',
  blocked: 'storageBlocked',
  unavailable: 'storageUnavailable',
  failed: 'storageFailed',
};

/** An event's page is the sender's own origin, or another origin of the same built-in site. */
function pageOnSite(pageUrl: string, sender: ContentSender): boolean {
  const origin = originOf(pageUrl);
  return origin !== null && (origin === sender.origin || builtInPlatform(origin) === sender.platform);
}

export function createRouter({ policy, handlers, locale }: RouterOptions) {
  const t = (key: BackgroundKey, vars?: Record<string, string | number>) =>
    translate(backgroundDictionary, locale(), key, vars);
  const refuse = (error: string): Reply => ({ ok: false, error });

  function explain(err: unknown): string {
    if (err instanceof UserError) return err.message;
    if (err instanceof StorageError) return t(STORAGE_KEYS[err.problem], { detail: err.message });
    return t('internal', { detail: err instanceof Error ? err.message : String(err) });
  }

  /** A content script speaks for its own site only: no events or widgets of another platform. */
  function sameSite(request: Request, sender: ContentSender): boolean {
    switch (request.type) {
      case 'log':
        return request.events.every((e) => e.platform === sender.platform && pageOnSite(e.pageUrl, sender));
      case 'widget-state':
      case 'site-health':
        return request.platform === sender.platform;
      case 'open-page':
        // Names no site: it only opens one of two fixed extension pages.
        return true;
      default:
        return false;
    }
  }

  return async function route(message: unknown, rawSender: MessageSenderLike): Promise<Reply> {
    let sender: Sender;
    try {
      sender = await classifySender(rawSender, policy);
    } catch (err) {
      return refuse(explain(err));
    }
    if (sender.kind === 'rejected') return refuse(t('wrongSender'));

    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? formatPath(issue.path) : '';
      return refuse(
        t('badRequest', { detail: issue ? `${where ? `${where}: ` : ''}${issue.message}` : '?' }),
      );
    }
    const request = parsed.data;

    if (sender.kind === 'content') {
      if (!CONTENT_SCRIPT_REQUESTS.has(request.type)) return refuse(t('pageOnly', { type: request.type }));
      if (!sameSite(request, sender)) return refuse(t('wrongSite', { platform: sender.platform }));
    }

    try {
      // The union of handlers cannot be narrowed by `request.type` in TypeScript; the map's type
      // guarantees each handler gets its own request.
      const handler = handlers[request.type] as Handler<RequestType>;
      const data = await handler(request as never, sender);
      return { ok: true, data };
    } catch (err) {
      if (!(err instanceof UserError)) console.error('Promo Ledger: request failed', request.type, err);
      return refuse(explain(err));
    }
  };
}
