/** Formulas typeset at build time (scripts/formulaPlugin.ts). */
declare module 'virtual:curvlab-formulas' {
  const tables: import('./formulaShapes').FormulaTables;
  export default tables;
}
