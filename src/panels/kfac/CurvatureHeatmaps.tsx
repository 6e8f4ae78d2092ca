import { Heatmap } from '../../components/Heatmap';
import type { CurvatureResult } from '../../core/kfac';
import { maxAbs } from '../../components/Heatmap';

interface Props {
  out: CurvatureResult;
  width: number;
}

/** G, its block diagonal, K-FAC and the difference, on one shared colour scale with layer blocks. */
export function CurvatureHeatmaps({ out, width }: Props) {
  const P = out.paramCount;
  const bounds = out.blocks.slice(1).map((b) => b.offset);
  const scale = maxAbs(out.G);
  const diff = new Float64Array(P * P);
  for (let i = 0; i < diff.length; i++) diff[i] = out.G[i] - out.kfac[i];
  // Two per row: a back-row student must see single entries of a 100+ parameter G.
  const each = Math.min(420, Math.max(150, Math.floor((width - 16) / 2)));
  const common = {
    rows: P,
    cols: P,
    width: each,
    scaleMax: scale,
    rowBlocks: bounds,
    colBlocks: bounds,
    power: 0.5,
  };
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <Heatmap
          {...common}
          testId="main-plot"
          label="Exact G (Gauss-Newton = Fisher)"
          data={out.G}
        />
        <Heatmap
          {...common}
          testId="heat-blockdiag"
          label="Step 1: block diagonal of G"
          data={out.blockDiagonal}
        />
        <Heatmap
          {...common}
          testId="heat-kfac"
          label="Step 2: K-FAC, A ⊗ S per block"
          data={out.kfac}
        />
        <Heatmap {...common} testId="heat-diff" label="Difference G − K-FAC" data={diff} legend />
      </div>
      <p className="small">
        {P} parameters, ordered layer by layer as vec(W̄ₗ) (column-major, bias column last); black
        lines separate the layers. All four use the same square-root colour scale ±max|G|, so small
        entries stay visible.
      </p>
    </div>
  );
}
