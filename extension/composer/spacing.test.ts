import { describe, expect, it } from 'vitest';
import { spacedLink, stripZeroWidth } from './spacing';

const LINK = 'https://www.instagram.com/maya?utm_source=tiktok';

describe('spacedLink', () => {
  it('adds only a trailing space in an empty editor', () => {
    expect(spacedLink(LINK, '', '')).toBe(`${LINK} `);
  });

  it('adds a space before when the caret follows text', () => {
    expect(spacedLink(LINK, 'my_video', '')).toBe(` ${LINK} `);
  });

  it('adds no space before when the caret follows whitespace', () => {
    expect(spacedLink(LINK, 'hello ', '')).toBe(`${LINK} `);
    expect(spacedLink(LINK, 'hello\n', '')).toBe(`${LINK} `);
    expect(spacedLink(LINK, 'hello\u00a0', '')).toBe(`${LINK} `);
  });

  it('adds no space after when whitespace already follows', () => {
    expect(spacedLink(LINK, 'see', ' below')).toBe(` ${LINK}`);
  });

  it('separates the link from a following word or hashtag', () => {
    expect(spacedLink(LINK, 'see ', '#fyp')).toBe(`${LINK} `);
    expect(spacedLink(LINK, 'see', 'more')).toBe(` ${LINK} `);
  });

  it('treats a caret after an emoji as after text', () => {
    expect(spacedLink(LINK, 'wow 😍', '')).toBe(` ${LINK} `);
  });
});

describe('stripZeroWidth', () => {
  it('removes the characters editors keep in empty lines', () => {
    expect(stripZeroWidth('\uFEFF')).toBe('');
    expect(stripZeroWidth('a\u200Bb')).toBe('ab');
  });
});
