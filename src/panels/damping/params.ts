/** URL parameters of the `damping` panel (public: keep names and meanings stable). */
import { opt2dParams } from '../shared/opt2dParams';
import { PREDICT_PARAMS } from '../shared/predict/params';

export const DAMPING_PARAMS = {
  ...opt2dParams({
    problem: 'logistic',
    x0: [2.3, 0.5],
    eta: 0.1,
    steps: 60,
    show: ['newton', 'damped-newton'],
    focus: 'damped-newton',
  }),
  ...PREDICT_PARAMS,
};
