/**
 * The one declaration of a 2-D view box, [[x_min, x_max], [y_min, y_max]] in parameter space: an
 * objective's domain, a field's grid, a typed objective's range. It imports nothing, so the
 * core's shared types can name it without an import cycle.
 */
export type Domain2 = readonly [readonly [number, number], readonly [number, number]];
