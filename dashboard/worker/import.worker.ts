/// <reference lib="webworker" />
import { parseSources } from './import-core';
import type { ImportReply, ImportRequest } from './protocol';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const post = (reply: ImportReply) => self.postMessage(reply);
  parseSources(event.data, post).catch((err: unknown) =>
    post({ type: 'error', id: event.data.id, message: err instanceof Error ? err.message : String(err) }),
  );
};
