import { useEffect, useRef } from 'react';

/**
 * Lets presenter keys drive whichever step controls are on screen: the most recently mounted
 * PlayControls registers its actions here; the global key handler calls them.
 */
export interface PlayActions {
  toggle(): void;
  step(): void;
  back(): void;
  reset(): void;
}

const stack: PlayActions[] = [];

export function registerPlay(actions: PlayActions): () => void {
  stack.push(actions);
  return () => {
    const i = stack.lastIndexOf(actions);
    if (i >= 0) stack.splice(i, 1);
  };
}

export function activePlay(): PlayActions | undefined {
  return stack[stack.length - 1];
}

/**
 * Registers run controls (e.g. a training run's start/pause and reset) with the presenter keys
 * for as long as the calling component is mounted; the latest callbacks are always used.
 */
export function usePlayKeys(actions: Partial<PlayActions>) {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(
    () =>
      registerPlay({
        toggle: () => ref.current.toggle?.(),
        step: () => ref.current.step?.(),
        back: () => ref.current.back?.(),
        reset: () => ref.current.reset?.(),
      }),
    [],
  );
}
