import { describe, expect, it } from 'vitest';
import { clampToView, iterateName, KEY_STEP, moveCursor, type ViewBox } from './cursor';

const view: ViewBox = [
  [-2, 2],
  [0, 10],
];

describe('the predict crosshair', () => {
  it('moves a fixed fraction of the view per arrow key, up is +w₂', () => {
    expect(moveCursor([0, 5], 'ArrowRight', false, view)).toEqual([4 * KEY_STEP.normal, 5]);
    expect(moveCursor([0, 5], 'ArrowUp', false, view)).toEqual([0, 5 + 10 * KEY_STEP.normal]);
    expect(moveCursor([0, 5], 'ArrowDown', true, view)).toEqual([0, 5 - 10 * KEY_STEP.fine]);
    expect(moveCursor([0, 5], 'ArrowLeft', true, view)).toEqual([-4 * KEY_STEP.fine, 5]);
  });
  it('Shift steps are finer than plain ones', () => {
    expect(KEY_STEP.fine).toBeLessThan(KEY_STEP.normal);
  });
  it('stays inside the view and ignores other keys', () => {
    expect(moveCursor([2, 10], 'ArrowRight', false, view)).toEqual([2, 10]);
    expect(moveCursor([2, 10], 'ArrowUp', false, view)).toEqual([2, 10]);
    expect(moveCursor([0, 5], 'Enter', false, view)).toBeNull();
    expect(clampToView([-9, 99], view)).toEqual([-2, 10]);
  });
  it('names iterates with superscript indices', () => {
    expect(iterateName('w', 12)).toBe('w⁽¹²⁾');
    expect(iterateName('θ', 0)).toBe('θ⁽⁰⁾');
  });
});
