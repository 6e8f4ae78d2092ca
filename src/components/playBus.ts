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
