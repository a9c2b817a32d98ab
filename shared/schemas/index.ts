export * from './common';
export * from './errors';
export * from './event';
export * from './export-file';
export * from './link';
export * from './program';
export * from './result';
export * from './settings';
