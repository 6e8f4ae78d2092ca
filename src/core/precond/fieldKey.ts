import type { Domain2 } from '../field/domain';
import { fieldKey, type FieldKeyRequest } from '../field/field';

/** The key of Preconditioning's field of J in w: its quadratic is shaped by κ and an angle. */
export const precondFieldKey = (
  req: FieldKeyRequest & { angle: number },
  custom?: { f: string; domain: Domain2 },
) => fieldKey(req, custom, [req.kappa, req.angle]);
