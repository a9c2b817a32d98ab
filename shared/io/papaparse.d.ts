// We import PapaParse by its file rather than by package name, for two reasons:
// - @types/papaparse starts with `/// <reference types="node" />`: importing `papaparse` would load
//   all of @types/node into the shared/ type check and quietly allow Buffer, process, URL… anywhere
//   in shared/;
// - the minified build is the package's `browser` entry: unlike papaparse.js it has no
//   `require('stream')` (Node stream support), so it bundles for browsers and still runs in Node.
// This declares only the synchronous string parse that io/csv.ts uses.
declare module 'papaparse/papaparse.min.js' {
  interface PapaParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'InvalidQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields';
    message: string;
    /** Index in `data` of the record the error is in. */
    row?: number;
  }
  interface PapaParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean | 'greedy';
  }
  interface PapaParseResult {
    data: string[][];
    errors: PapaParseError[];
  }
  const Papa: {
    parse(input: string, config: PapaParseConfig): PapaParseResult;
  };
  export default Papa;
}
