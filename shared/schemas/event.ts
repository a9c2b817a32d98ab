import { z } from 'zod';
import {
  httpsUrlSchema,
  idSchema,
  instantSchema,
  isCanonicalInstant,
  isId,
  memberSchema,
  platformSchema,
} from './common';

/**
 * Where on a site the link went. `other`: a field no adapter recognises, reached through the
 * keyboard shortcut or the context menu (the page URL says which).
 */
export const SURFACES = [
  'caption',
  'comment',
  'reply',
  'message',
  'post',
  'note',
  'description',
  'other',
] as const;
export const surfaceSchema = z.enum(SURFACES);
export type Surface = z.infer<typeof surfaceSchema>;

/**
 * `link_inserted`: the widget put the link into a composer; `link_copied`: the user copied it;
 * `posted`: the post, message or comment holding the link was actually submitted.
 */
export const ACTIONS = ['link_inserted', 'link_copied', 'posted'] as const;
export const actionSchema = z.enum(ACTIONS);
export type PromotionAction = z.infer<typeof actionSchema>;

export const promotionEventSchema = z.strictObject({
  id: idSchema,
  time: instantSchema,
  platform: platformSchema,
  surface: surfaceSchema,
  action: actionSchema,
  linkId: idSchema,
  pageUrl: httpsUrlSchema,
  member: memberSchema.optional(),
});
export type PromotionEvent = z.infer<typeof promotionEventSchema>;

/**
 * Plain tests that promotionEventSchema's fields accept a text as it is, for the fields whose
 * values never repeat (ids, times): what the field-by-field checks of imports and stored rows use
 * before asking zod (shared/io/row-check.ts).
 */
export const EVENT_PLAIN_TESTS = { id: isId, time: isCanonicalInstant, linkId: isId } as const;
