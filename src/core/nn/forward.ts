/**
 * Batch workspace and the forward pass.
 *
 * All buffers for one (network, batch size) pair are allocated once in `createWorkspace`; every
 * routine afterwards only writes into them, so an optimizer loop in the worker produces no garbage.
 *
 * The curvature routines (JVP, Gv, Hv, sampling) reuse the activations of the most recent
 * `forward` on the workspace instead of recomputing them — a CG solve makes hundreds of Gv
 * products at the same w. They check that `forward` was called with the same parameter array, but
 * cannot see in-place changes to it: call `forward` again after changing w.
 */
import { activate } from './activations';
import { affine } from './kernels';
import { createLayout, type MlpLayout, type MlpSpec } from './mlp';

/**
 * Per-batch buffers, all row-major (example n, unit i at [n · n_ℓ + i]) and indexed by the
 * lecture's layer number ℓ = 1 … L; index 0 is the input layer.
 */
export interface Workspace {
  readonly layout: MlpLayout;
  /** N, the number of examples every call on this workspace processes. */
  readonly batch: number;
  /** s_ℓ, pre-activations (s[0] is empty). */
  readonly s: readonly Float64Array[];
  /** a_ℓ = φ_ℓ(s_ℓ); a[0] is the input batch of the last forward (a reference, not a copy). */
  readonly a: Float64Array[];
  /**
   * Ds_ℓ = J_{z s_ℓ}ᵀ Dz per example, WITHOUT the 1/N of a batch mean — the quantity whose
   * second moment is K-FAC's S_ℓ. Valid after any backward sweep (gradient, Gv, sampling);
   * ds[0] holds Da_0 scratch.
   */
  readonly ds: readonly Float64Array[];
  /** Forward R-op buffers: Rs_ℓ = R{s_ℓ}, Ra_ℓ = R{a_ℓ} for the last direction v. */
  readonly rs: readonly Float64Array[];
  readonly ra: readonly Float64Array[];
  /** R{Ds_ℓ}, the backward R-op of the Hessian-vector product. */
  readonly rds: readonly Float64Array[];
  /** Output cotangent Dz (N × n_L), e.g. ∇_z ℓ or H_z Jv. */
  readonly dz: Float64Array;
  /** Targets sampled from the model's predictive distribution (N × n_L). */
  readonly sampled: Float64Array;
  /** The parameter array of the last forward; null before the first. */
  params: Float64Array | null;
}

/** Allocate every buffer for `batch` examples of the network `spec` (or an existing layout). */
export function createWorkspace(spec: MlpSpec | MlpLayout, batch: number): Workspace {
  if (!Number.isInteger(batch) || batch < 1) {
    throw new RangeError(`createWorkspace: batch must be a positive integer, got ${batch}`);
  }
  const layout = 'layers' in spec ? spec : createLayout(spec);
  const sizes = layout.spec.sizes;
  const perLayer = () => sizes.map((n) => new Float64Array(n * batch));
  const s = perLayer();
  s[0] = new Float64Array(0);
  const a = perLayer();
  // Linear layers can share s and a: φ is the identity, and it saves a copy per layer.
  for (const layer of layout.layers) {
    if (layer.activation === 'linear') a[layer.index] = s[layer.index];
  }
  const ra = perLayer();
  const rs = perLayer();
  for (const layer of layout.layers) {
    if (layer.activation === 'linear') ra[layer.index] = rs[layer.index];
  }
  const k = layout.outputDim;
  return {
    layout,
    batch,
    s,
    a,
    ds: perLayer(),
    rs,
    ra,
    rds: perLayer(),
    dz: new Float64Array(batch * k),
    sampled: new Float64Array(batch * k),
    params: null,
  };
}

/**
 * Run the network on the batch `inputs` (N × n_0, row-major) and return z = a_L (N × n_L), a view
 * into the workspace that the next forward overwrites.
 */
export function forward(ws: Workspace, params: Float64Array, inputs: Float64Array): Float64Array {
  const { layout, batch } = ws;
  if (params.length !== layout.paramCount) {
    throw new RangeError(`forward: expected ${layout.paramCount} parameters, got ${params.length}`);
  }
  if (inputs.length !== batch * layout.inputDim) {
    throw new RangeError(
      `forward: expected ${batch}×${layout.inputDim} inputs, got ${inputs.length} numbers`,
    );
  }
  ws.a[0] = inputs;
  for (const layer of layout.layers) {
    const l = layer.index;
    affine(params, layer, ws.a[l - 1], ws.s[l], batch);
    activate(layer.activation, ws.s[l], ws.a[l], batch * layer.fanOut);
  }
  ws.params = params;
  return ws.a[layout.layers.length];
}

/** The output z = a_L of the last forward. */
export function outputs(ws: Workspace): Float64Array {
  return ws.a[ws.layout.layers.length];
}

/** Throw unless `forward(ws, params, …)` has run: curvature products reuse its activations. */
export function assertForward(ws: Workspace, params: Float64Array, caller: string): void {
  if (ws.params !== params) {
    throw new Error(
      `${caller}: call forward(ws, params, inputs) with this parameter array first ` +
        '(curvature products reuse the cached activations)',
    );
  }
}

/** Throw unless a flat vector has length P. */
export function assertParamLength(ws: Workspace, v: Float64Array, what: string): void {
  if (v.length !== ws.layout.paramCount) {
    throw new RangeError(`${what}: expected length ${ws.layout.paramCount}, got ${v.length}`);
  }
}

/** Throw unless targets are N × n_L. */
export function assertTargets(ws: Workspace, targets: Float64Array): void {
  const want = ws.batch * ws.layout.outputDim;
  if (targets.length !== want) {
    throw new RangeError(
      `targets: expected ${ws.batch}×${ws.layout.outputDim}, got ${targets.length}`,
    );
  }
}

/** Throw unless `out` holds N rows of length P. */
export function assertRows(ws: Workspace, out: Float64Array, what: string): void {
  if (out.length !== ws.batch * ws.layout.paramCount) {
    throw new RangeError(`${what}: out must be N × P = ${ws.batch}×${ws.layout.paramCount}`);
  }
}
