import { describe, expect, it } from 'vitest';
import { pageInfo } from './paging';

describe('pageInfo', () => {
  it('numbers rows from 1 and clamps the page into range', () => {
    expect(pageInfo(120, 1, 50)).toEqual({ page: 1, pages: 3, offset: 50, first: 51, last: 100 });
    expect(pageInfo(120, 9, 50)).toEqual({ page: 2, pages: 3, offset: 100, first: 101, last: 120 });
    expect(pageInfo(120, -3, 50).page).toBe(0);
  });

  it('has one empty page when there is nothing', () => {
    expect(pageInfo(0, 4, 50)).toEqual({ page: 0, pages: 1, offset: 0, first: 0, last: 0 });
  });

  it('ends exactly on a full page', () => {
    expect(pageInfo(100, 1, 50)).toEqual({ page: 1, pages: 2, offset: 50, first: 51, last: 100 });
  });
});
