/// <reference lib="webworker" />
import { importHandler } from './import-core';
import type { ImportReply, ImportRequest } from './protocol';

const handle = importHandler((reply: ImportReply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<ImportRequest>) => void handle(event.data);
