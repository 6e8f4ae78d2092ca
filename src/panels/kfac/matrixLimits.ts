/**
 * The explorer's matrix limits, apart from the parser (matrixText.ts): the URL declarations need
 * only these two numbers, and they are in every page's entry, the parser only in K-FAC's chunk.
 */
export const MATRIX_MAX_DIM = 3;
export const ENTRY_LIMIT = 1000;
