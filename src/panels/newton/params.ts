/** URL parameters of the `newton` panel (public: keep names and meanings stable). */
import { opt2dParams } from '../shared/opt2dParams';
import { PREDICT_PARAMS } from '../shared/predict/params';

export const NEWTON_PARAMS = {
  ...opt2dParams({
    problem: 'rosenbrock',
    x0: [-1.2, 1],
    eta: 1,
    steps: 50,
    show: ['gd', 'newton', 'damped-newton', 'pd-newton'],
    focus: 'newton',
  }),
  ...PREDICT_PARAMS,
};
