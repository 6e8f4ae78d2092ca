/**
 * A tree-shaken mathjs with only parsing, derivatives and simplification — no evaluate(), no
 * import(), no createUnit(). Loaded lazily (dynamic import) only when a custom objective is used.
 */
import { create, parseDependencies, derivativeDependencies, simplifyDependencies } from 'mathjs';

export const math = create({ parseDependencies, derivativeDependencies, simplifyDependencies });
