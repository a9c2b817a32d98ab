import type { z } from 'zod';
import { type FieldError, formatPath } from '../schemas/errors';

// Messages for the issues a schema gives no message of its own. zod's defaults ("Too small: expected
// number to be >=0") are written for developers; these are for the creator reading an import report.
// Passed per parse, so a schema's own message (e.g. "expected a whole number") still wins.

const EXPECTED: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  record: 'an object',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

export const friendlyErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `expected at least ${issue.minimum} characters`;
      }
      if (issue.origin === 'array') return `expected at least ${issue.minimum} items`;
      return issue.inclusive === false
        ? `expected more than ${issue.minimum}`
        : `expected ${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `expected at most ${issue.maximum} items`;
      return issue.inclusive === false
        ? `expected less than ${issue.maximum}`
        : `expected at most ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of: ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
};

/**
 * Field errors from a zod error, with paths under `prefix` (e.g. `['events', 12]`). An unknown key is
 * reported at its own path (`events[3].extra`: unexpected field) rather than at the object holding it.
 */
export function issuesToFieldErrors(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ field: formatPath([...prefix, ...issue.path, key]), message: 'unexpected field' });
      }
    } else {
      out.push({ field: formatPath([...prefix, ...issue.path]) || '(root)', message: issue.message });
    }
  }
  return out;
}

/**
 * `schema.safeParse` with the messages above. Valid input, the common case, is parsed without an
 * error map: passing one per parse takes zod off its fast path (3× slower on 100k CSV rows), so
 * only failures are parsed a second time, with it.
 */
export function safeParseFriendly<T>(schema: z.ZodType<T>, input: unknown): z.ZodSafeParseResult<T> {
  const result = schema.safeParse(input);
  return result.success ? result : schema.safeParse(input, { error: friendlyErrorMap });
}
