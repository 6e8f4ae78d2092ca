import { describe, expect, it } from 'vitest';
import { clippedPathData, insideBox, type Box } from './clipPolyline';

const box: Box = [0, 100, 0, 100];

describe('clippedPathData', () => {
  it('leaves a polyline inside the box unchanged', () => {
    expect(
      clippedPathData(
        [
          [10, 10],
          [20, 30],
          [50, 50],
        ],
        box,
      ),
    ).toBe('M10.0,10.0L20.0,30.0L50.0,50.0');
  });

  it('ends a diverging line on the box edge, in its own direction', () => {
    const d = clippedPathData(
      [
        [50, 50],
        [60, 55],
        [1e300, 5e299],
      ],
      box,
    );
    expect(d).toBe('M50.0,50.0L60.0,55.0L100.0,75.0');
  });

  it('clips a start outside the box and resumes where the line enters', () => {
    const d = clippedPathData(
      [
        [-100, 50],
        [50, 50],
        [60, 60],
      ],
      box,
    );
    expect(d).toBe('M0.0,50.0L50.0,50.0L60.0,60.0');
  });

  it('stops at a non-finite point and skips segments that miss the box', () => {
    expect(
      clippedPathData(
        [
          [10, 10],
          [20, 20],
          [NaN, 1],
        ],
        box,
      ),
    ).toBe('M10.0,10.0L20.0,20.0');
    expect(
      clippedPathData(
        [
          [-10, -10],
          [-20, 300],
        ],
        box,
      ),
    ).toBe('');
    expect(insideBox([5, 5], box)).toBe(true);
    expect(insideBox([-5, 5], box)).toBe(false);
  });
});
