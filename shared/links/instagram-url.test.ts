import { describe, expect, it } from 'vitest';
import { describeInstagramUrl } from './instagram-url';

describe('describeInstagramUrl', () => {
  it.each([
    ['https://www.instagram.com/maya.makes/', { kind: 'profile', username: 'maya.makes' }],
    ['https://instagram.com/Maya_Makes', { kind: 'profile', username: 'maya_makes' }],
    ['instagram.com/maya', { kind: 'profile', username: 'maya' }],
    ['https://instagr.am/maya?igsh=abc#x', { kind: 'profile', username: 'maya' }],
    ['https://www.instagram.com/maya/reels/', { kind: 'profile', username: 'maya' }],
    ['https://www.instagram.com/reel/C1a2b3-_x/', { kind: 'reel', id: 'C1a2b3-_x' }],
    ['https://www.instagram.com/reels/C1a2b3/', { kind: 'reel', id: 'C1a2b3' }],
    ['https://www.instagram.com/maya/reel/C1a2b3/', { kind: 'reel', username: 'maya', id: 'C1a2b3' }],
    ['https://www.instagram.com/p/CIMDRa-hpeW/', { kind: 'post', id: 'CIMDRa-hpeW' }],
    ['https://www.instagram.com/maya/p/CIMDRa-hpeW/', { kind: 'post', username: 'maya', id: 'CIMDRa-hpeW' }],
    [
      'https://www.instagram.com/stories/maya/3456789012345678901/',
      { kind: 'story', username: 'maya', id: '3456789012345678901' },
    ],
    ['https://www.instagram.com/stories/maya/', { kind: 'story', username: 'maya' }],
    [
      'https://www.instagram.com/stories/highlights/17900000000000000/',
      { kind: 'highlight', id: '17900000000000000' },
    ],
    ['https://www.instagram.com/channel/AbZBvjA3CZscunR1/', { kind: 'channel', id: 'AbZBvjA3CZscunR1' }],
    ['https://www.instagram.com/j/AbYlpwxdBHkzjweC/', { kind: 'channel', id: 'AbYlpwxdBHkzjweC' }],
    ['https://ig.me/j/AbYlpwxdBHkzjweC/', { kind: 'channel', id: 'AbYlpwxdBHkzjweC' }],
  ])('%s', (url, expected) => {
    expect(describeInstagramUrl(url)).toEqual(expected);
  });

  it.each([
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/explore/tags/cats/',
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/about/',
    'https://www.instagram.com/legal/privacy/',
    'https://www.instagram.com/developer/',
    'https://www.instagram.com/reels/',
    'https://www.instagram.com/reel/',
    'https://www.instagram.com/p/',
    'https://www.instagram.com/stories/',
    'https://www.instagram.com/stories/highlights/',
    'https://www.instagram.com/channel/',
    'https://www.instagram.com/maya/unknown/',
    'https://www.instagram.com/maya/p/abc/extra/',
    'https://www.instagram.com/not-a-user!/',
    'https://ig.me/m/maya',
    'https://www.facebook.com/maya',
    'https://evil.example/maya',
    'https://instagram.com.evil.example/maya',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('%s is other', (url) => {
    expect(describeInstagramUrl(url)).toEqual({ kind: 'other' });
  });
});
