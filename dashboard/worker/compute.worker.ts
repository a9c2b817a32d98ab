/// <reference lib="webworker" />
import { computeHandler } from './compute-core';
import type { ComputeRequest } from './protocol';

const handle = computeHandler((reply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<ComputeRequest>) => handle(event.data);
