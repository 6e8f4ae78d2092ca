import type { ProximalView } from '../../core/proximal';
import { texNum } from '../shared/texNumbers';

/** The slide's generic proximal objective. */
export const PROXIMAL_TEX = String.raw`w^{(k+1)} \leftarrow \arg\min_{w}\; \frac{1}{|\mathcal B|}\sum_{i\in\mathcal B}\mathcal L\big(f(x^{(i)},w),t^{(i)}\big) + \lambda_{\text{FSD}}\,\mathbb E_x\big[\rho\big(f(x,w),f(x,w^{(k)})\big)\big] + \frac{\lambda_{\text{WSD}}}{2}\,\|w-w^{(k)}\|^2`;

/** The SGD step as the slide defines it (linear loss, WSD, no FSD), and its closed form. */
export const SGD_TEX = String.raw`\Delta w_{\text{SGD}} = \arg\min_{\Delta}\; \nabla\mathcal L^{\top}\Delta + \frac{\lambda_{\text{WSD}}}{2}\|\Delta\|^2`;
export const SGD_SOLUTION_TEX = String.raw`\Delta w_{\text{SGD}} = -\frac{1}{\lambda_{\text{WSD}}}\,\nabla\mathcal L`;

/** The natural-gradient step as the slide defines it, and its closed form. */
export const NGD_TEX = String.raw`\Delta w_{\text{NGD}} = \arg\min_{\Delta}\; \nabla\mathcal L^{\top}\Delta + \frac{\lambda_{\text{FSD}}}{2}\Delta^{\top}\mathbf G_{\text{FSD}}\Delta + \frac{\lambda_{\text{WSD}}}{2}\|\Delta\|^2`;
export const NGD_SOLUTION_TEX = String.raw`\Delta w_{\text{NGD}} = -(\lambda_{\text{FSD}}\mathbf G_{\text{FSD}} + \lambda_{\text{WSD}}\mathbf I)^{-1}\,\nabla\mathcal L`;

/** Q at the Loss + WSD + FSD result with its terms as numbers. */
export function liveObjectiveTex(v: ProximalView): string {
  const { loss, fsd, wsd, total } = v.terms;
  return (
    String.raw`\mathcal Q(w^{(k+1)}) = \underbrace{${texNum(loss)}}_{\text{loss}} + ${texNum(v.lambdaFsd)}\cdot\underbrace{${texNum(fsd)}}_{\text{FSD}}` +
    String.raw` + ${texNum(v.lambdaWsd)}\cdot\underbrace{${texNum(wsd)}}_{\frac12\|w-w^{(k)}\|^2} = ${texNum(total)}`
  );
}
