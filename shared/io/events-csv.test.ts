import { describe, expect, it } from 'vitest';
import type { PromotionEvent } from '../schemas/event';
import { EVENTS_CSV_COLUMNS, exportEventsCsv, parseEventsCsv } from './events-csv';

const HEADER = EVENTS_CSV_COLUMNS.join(',');

const event: PromotionEvent = {
  id: 'ev_1',
  time: '2025-05-12T14:03:00.123Z',
  platform: 'youtube',
  surface: 'description',
  action: 'posted',
  linkId: 'link-1',
  pageUrl: 'https://studio.youtube.com/video/abc/edit?a=1,b="2"#x',
  member: '=Maya, "M"',
};

describe('exportEventsCsv', () => {
  it('writes the header and quotes and escapes cells', () => {
    expect(exportEventsCsv([event, { ...event, id: 'ev_2', member: undefined }])).toBe(
      `${HEADER}\r\n` +
        'ev_1,2025-05-12T14:03:00.123Z,youtube,description,posted,link-1,"https://studio.youtube.com/video/abc/edit?a=1,b=""2""#x","\'=Maya, ""M"""\r\n' +
        'ev_2,2025-05-12T14:03:00.123Z,youtube,description,posted,link-1,"https://studio.youtube.com/video/abc/edit?a=1,b=""2""#x",\r\n',
    );
  });
});

describe('parseEventsCsv', () => {
  it('reads back what was exported', () => {
    const events = [event, { ...event, id: 'ev_2', member: undefined }];
    const r = parseEventsCsv(exportEventsCsv(events));
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(2);
    const { member: _, ...withoutMember } = event;
    expect(r.events).toStrictEqual([event, { ...withoutMember, id: 'ev_2' }]);
  });

  it('matches the header case-insensitively, in any order; member is optional', () => {
    const r = parseEventsCsv(
      'PAGEURL,linkid,Action,surface,platform,time,ID\nhttps://www.tiktok.com/@m,l1,Link_Copied,Caption,TikTok,2025-05-12T14:03:00Z,e1\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.events).toEqual([
      {
        id: 'e1',
        time: '2025-05-12T14:03:00Z',
        platform: 'tiktok',
        surface: 'caption',
        action: 'link_copied',
        linkId: 'l1',
        pageUrl: 'https://www.tiktok.com/@m',
      },
    ]);
  });

  it('reports missing and unknown columns', () => {
    const r = parseEventsCsv('id,time,platform,surface,action,linkId,url\n');
    expect(r.errors).toEqual([
      { row: 1, field: '(header)', message: expect.stringContaining('unknown column: url') },
      { row: 1, field: '(header)', message: expect.stringContaining('missing column: pageUrl') },
    ]);
  });

  it.each([
    ['time', 'ev,2025-05-12 14:03,tiktok,caption,posted,l1,https://www.tiktok.com/,', /ISO 8601/],
    ['time', 'ev,2025-05-12T14:03:00+02:00,tiktok,caption,posted,l1,https://www.tiktok.com/,', /ISO 8601/],
    ['pageUrl', 'ev,2025-05-12T14:03:00Z,tiktok,caption,posted,l1,javascript:alert(1),', /https/],
    ['pageUrl', 'ev,2025-05-12T14:03:00Z,tiktok,caption,posted,l1,http://www.tiktok.com/,', /https/],
    ['platform', 'ev,2025-05-12T14:03:00Z,instagram,caption,posted,l1,https://www.tiktok.com/,', /one of/],
    [
      'id',
      '__proto__ x,2025-05-12T14:03:00Z,tiktok,caption,posted,l1,https://www.tiktok.com/,',
      /letters, digits/,
    ],
    ['id', ',2025-05-12T14:03:00Z,tiktok,caption,posted,l1,https://www.tiktok.com/,', /required/],
    [
      'linkId',
      `ev,2025-05-12T14:03:00Z,tiktok,caption,posted,${'x'.repeat(65)},https://www.tiktok.com/,`,
      /at most 64/,
    ],
  ])('rejects a bad %s', (field, line, message) => {
    const r = parseEventsCsv(`${HEADER}\n${line}\n`);
    expect(r.events).toEqual([]);
    expect(r.errors).toEqual([{ row: 2, field, message: expect.stringMatching(message) }]);
  });

  it('reports a repeated id', () => {
    const line = 'ev,2025-05-12T14:03:00Z,tiktok,caption,posted,l1,https://www.tiktok.com/,';
    const r = parseEventsCsv(`${HEADER}\n${line}\n\n${line}\n`);
    expect(r.events).toHaveLength(1);
    expect(r.errors).toEqual([{ row: 4, field: '(row)', message: 'duplicates row 2' }]);
  });
});
