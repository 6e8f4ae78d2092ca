import * as d3 from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { interpolateRdBu, interpolateYlGnBu } from './palette';

describe('colour ramps', () => {
  it('are the same colours as d3-scale-chromatic’s', () => {
    for (let i = -2; i <= 402; i++) {
      const t = i / 400;
      expect(interpolateYlGnBu(t)).toBe(d3.interpolateYlGnBu(t));
      expect(interpolateRdBu(t)).toBe(d3.interpolateRdBu(t));
    }
  });
});
