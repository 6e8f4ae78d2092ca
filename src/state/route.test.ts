import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route';

describe('hash routes', () => {
  it('parses panel, embed and query', () => {
    expect(parseHash('#/damping?eta=1')).toEqual({
      panel: 'damping',
      embed: false,
      query: 'eta=1',
    });
    expect(parseHash('#/embed/newton?x0=1,2')).toEqual({
      panel: 'newton',
      embed: true,
      query: 'x0=1,2',
    });
    expect(parseHash('')).toEqual({ panel: null, embed: false, query: '' });
    expect(parseHash('#/')).toEqual({ panel: null, embed: false, query: '' });
  });
  it('formats what it parses', () => {
    for (const h of ['#/damping?eta=1', '#/embed/newton?x0=1,2', '#/newton']) {
      expect(formatHash(parseHash(h))).toBe(h);
    }
  });
});
