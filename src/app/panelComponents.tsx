import type { ComponentType } from 'react';
import { HessianFreePanel } from '../panels/hessian-free/HessianFreePanel';
import { NewtonPanel } from '../panels/newton/NewtonPanel';
import { DampingPanel } from '../panels/damping/DampingPanel';
import { PreconditioningPanel } from '../panels/preconditioning/PreconditioningPanel';
import { InvariancePanel } from '../panels/invariance/InvariancePanel';
import { PstPanel } from '../panels/pst/PstPanel';
import { ProximalPanel } from '../panels/proximal/ProximalPanel';
import { KfacPanel } from '../panels/kfac/KfacPanel';

/** Panel id → component. Ids are public (URLs, embeds): never rename one. */
export const PANEL_COMPONENTS: Record<string, ComponentType> = {
  newton: NewtonPanel,
  damping: DampingPanel,
  preconditioning: PreconditioningPanel,
  invariance: InvariancePanel,
  pst: PstPanel,
  proximal: ProximalPanel,
  kfac: KfacPanel,
  'hessian-free': HessianFreePanel,
};
