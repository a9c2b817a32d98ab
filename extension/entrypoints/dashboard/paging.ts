// Paging arithmetic for the log view, kept pure so it can be tested without a browser.

export interface PageInfo {
  /** 0-based page, clamped into range. */
  page: number;
  pages: number;
  offset: number;
  /** 1-based first and last row shown; 0 and 0 when there is nothing. */
  first: number;
  last: number;
}

export function pageInfo(total: number, page: number, size: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const offset = p * size;
  if (total === 0) return { page: 0, pages: 1, offset: 0, first: 0, last: 0 };
  return { page: p, pages, offset, first: offset + 1, last: Math.min(total, offset + size) };
}
