// Gradient throughput of the small-network engine (pure core, Node — the code the worker runs):
// full-batch loss + gradient of a 1-32-32-1 tanh MLP on 64 noisy-sine points (1153 parameters).
// Run through `npm run bench`.
import { benchGradient } from '../../src/core/nn';

const runs = [0, 1, 2].map(() => benchGradient(() => performance.now(), { minMillis: 700 }));
const best = runs.reduce((a, b) => (b.evalsPerSecond > a.evalsPerSecond ? b : a));
console.log('Small-network engine (pure core, Node):');
console.log(
  `  gradient evaluations/s, 1-32-32-1 tanh MLP on 64 points: ${Math.round(best.evalsPerSecond).toLocaleString('en-US')} ` +
    `(best of 3 runs of ${Math.round(best.millis)} ms; ${(1000 / best.evalsPerSecond).toFixed(3)} ms per gradient)`,
);
