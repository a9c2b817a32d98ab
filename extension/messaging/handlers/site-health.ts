import { recordHealth } from '../../db/health-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

export function siteHealthHandler({ db, now }: HandlerDeps): Handler<'site-health'> {
  return async ({ platform, feature, surface, ok }) => {
    await recordHealth(db, { platform, feature, surface, ok }, now());
    return null;
  };
}
