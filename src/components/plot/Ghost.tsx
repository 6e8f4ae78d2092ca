import { useState } from 'react';
import { Trajectory } from './Trajectory';
import { GREY } from '../palette';

/** Earlier trajectories, kept faded under the current ones for comparison. */
export function GhostLayer({ ghost }: { ghost: readonly Float64Array[] | null }) {
  if (!ghost) return null;
  return (
    <g opacity={0.35} data-testid="ghost">
      <title>Ghost of earlier trajectories</title>
      {ghost.map((iterates, i) => (
        <Trajectory
          key={i}
          iterates={iterates}
          current={0}
          color={GREY.muted}
          dash="3 3"
          marker="circle"
          label="earlier trajectory"
        />
      ))}
    </g>
  );
}

/** "Keep as ghost" / "Clear ghost" for a panel; returns the ghost to draw and the buttons. */
export function useGhost(current: () => Float64Array[]) {
  const [ghost, setGhost] = useState<Float64Array[] | null>(null);
  const buttons = (
    <div className="export-buttons" data-control="ghost">
      <button
        type="button"
        data-testid="ghost-keep"
        title="Keep the current trajectories faded in the plot, to compare after you change something"
        onClick={() => setGhost(current().map((a) => a.slice()))}
      >
        Keep as ghost
      </button>
      {ghost && (
        <button type="button" data-testid="ghost-clear" onClick={() => setGhost(null)}>
          Clear ghost
        </button>
      )}
    </div>
  );
  return { ghost, buttons };
}
