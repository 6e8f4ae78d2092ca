import { PanelShell } from '../shared/PanelShell';
import { usePanelParams } from '../shared/useParams';
import { CurvatureView } from './CurvatureView';
import { KronView } from './KronView';
import { TrainView } from './TrainView';
import { KFAC_PARAMS, type KfacParams } from './params';

const PANEL = 'kfac' as const;
const VIEW = KFAC_PARAMS.view;

const TITLE: Record<KfacParams['view'], { h: string; tex: string }> = {
  kron: {
    h: 'Kronecker product: A ⊗ B is the block matrix [aᵢⱼB]',
    tex: '\\operatorname{vec}(AXB) = (B^{\\top}\\otimes A)\\operatorname{vec}X,\\quad (A\\otimes B)^{-1} = A^{-1}\\otimes B^{-1},\\quad \\operatorname{eig}(A\\otimes B) = \\{\\lambda_i\\nu_j\\}',
  },
  curvature: {
    h: 'K-FAC: each layer block of G ≈ A ⊗ S',
    tex: 'G_{\\ell\\ell} \\approx A_{\\ell-1}\\otimes S_\\ell,\\quad A_{\\ell-1} = \\mathbb E[\\bar a_{\\ell-1}\\bar a_{\\ell-1}^{\\top}],\\quad S_\\ell = \\mathbb E[\\mathcal D s_\\ell\\,\\mathcal D s_\\ell^{\\top}]',
  },
  train: {
    h: 'Training with K-FAC (the lecture: “results are sometimes amazing, sometimes meh”)',
    tex: '\\Delta W_\\ell = -\\hat S_\\ell^{-1}\\,\\nabla_{\\bar W_\\ell}h\\,\\hat A_{\\ell-1}^{-1},\\quad \\hat A = A + \\pi\\sqrt\\lambda I,\\ \\hat S = S + \\tfrac{\\sqrt\\lambda}{\\pi} I',
  },
};

/** #/kfac: the Kronecker explorer and the factored curvature of a small MLP, as two tabs. */
export function KfacPanel() {
  const [p, set] = usePanelParams(PANEL, KFAC_PARAMS);
  if (!p) return null;
  const t = TITLE[p.view];
  return (
    <PanelShell
      panel={PANEL}
      title={t.h}
      tex={[t.tex]}
      tools={
        <div className="view-tools" role="tablist" aria-label="K-FAC views" data-control="view">
          {VIEW.values.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={p.view === v}
              data-testid={`tab-${v}`}
              onClick={() => set({ view: v })}
            >
              {VIEW.labels[v]}
            </button>
          ))}
        </div>
      }
    >
      {p.view === 'kron' && <KronView p={p} set={set} />}
      {p.view === 'curvature' && <CurvatureView panel={PANEL} p={p} set={set} />}
      {p.view === 'train' && <TrainView panel={PANEL} p={p} set={set} />}
    </PanelShell>
  );
}
