import { describe, expectTypeOf, it } from 'vitest';
import type {
  ExportFile,
  ProgramDefinition,
  ProgramOf,
  PromotionEvent,
  ReferralLink,
  ResultEntry,
  Settings,
} from './index';

// Types are inferred from the zod schemas; these assertions keep the inferred shapes what the
// extension, the dashboard and the export format rely on.

describe('inferred schema types', () => {
  it('promotion events', () => {
    expectTypeOf<PromotionEvent['platform']>().toEqualTypeOf<'tiktok' | 'youtube' | 'discord' | 'substack'>();
    expectTypeOf<PromotionEvent['action']>().toEqualTypeOf<'link_inserted' | 'link_copied' | 'posted'>();
    expectTypeOf<PromotionEvent['member']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PromotionEvent['time']>().toBeString();
  });

  it('result entries', () => {
    expectTypeOf<ResultEntry['count']>().toBeNumber();
    expectTypeOf<ResultEntry['source']>().toEqualTypeOf<'manual' | 'import'>();
    expectTypeOf<ResultEntry['platform']>().toEqualTypeOf<
      'tiktok' | 'youtube' | 'discord' | 'substack' | 'instagram' | 'facebook' | 'other' | undefined
    >();
  });

  it('program definitions narrow by kind', () => {
    expectTypeOf<ProgramDefinition['kind']>().toEqualTypeOf<
      'referral' | 'per_unit' | 'challenge' | 'cadence' | 'contract' | 'commission'
    >();
    expectTypeOf<ProgramOf<'referral'>['model']>().toEqualTypeOf<'signups' | 'visits'>();
    expectTypeOf<ProgramOf<'referral'>['capCents']>().toEqualTypeOf<number | null>();
    expectTypeOf<ProgramOf<'cadence'>['requirements'][number]['min']>().toBeNumber();
    expectTypeOf<ProgramOf<'challenge'>>().not.toHaveProperty('model');
  });

  it('links, settings and the export file', () => {
    expectTypeOf<ReferralLink['tags']>().toEqualTypeOf<
      Partial<
        Record<
          'tiktok' | 'youtube' | 'discord' | 'substack',
          { utm_source: string; utm_medium: string; utm_campaign: string }
        >
      >
    >();
    expectTypeOf<Settings['defaultLinkId']>().toEqualTypeOf<string | null>();
    expectTypeOf<ExportFile['version']>().toEqualTypeOf<1>();
    expectTypeOf<ExportFile['events']>().toEqualTypeOf<PromotionEvent[]>();
    expectTypeOf<ExportFile['results']>().toEqualTypeOf<ResultEntry[]>();
  });
});
