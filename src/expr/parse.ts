/**
 * User-typed f(x, y) → the whitelisted expression tree of core/expr. mathjs only parses; its
 * syntax tree is then walked node by node and anything outside the whitelist (assignments,
 * function definitions, property access, matrices, strings, units, unknown names) is rejected
 * with a message naming the problem and where it is. Nothing typed is ever evaluated by mathjs.
 */
import type { MathNode } from 'mathjs';
import { BINARY_FNS, UNARY_FNS, type Expr } from '../core/expr/ast';
import { simplify } from '../core/expr/rewrite';
import { math } from './mathjsInstance';

export const MAX_LENGTH = 400;
const MAX_DEPTH = 60;

export type ParseResult =
  | { ok: true; expr: Expr; tex: string; node: MathNode }
  | { ok: false; message: string; position: number | null };

class ExprError extends Error {
  constructor(
    message: string,
    readonly position: number | null,
  ) {
    super(message);
  }
}

const OPS: Record<string, 'add' | 'sub' | 'mul' | 'div' | 'pow'> = {
  add: 'add',
  subtract: 'sub',
  multiply: 'mul',
  divide: 'div',
  pow: 'pow',
};

const NODE_WORDS: Record<string, string> = {
  AssignmentNode: 'Assignments (=)',
  FunctionAssignmentNode: 'Function definitions',
  AccessorNode: 'Property or index access',
  IndexNode: 'Indexing',
  ArrayNode: 'Matrices and arrays',
  ObjectNode: 'Objects',
  ConditionalNode: 'Conditionals (a ? b : c)',
  RangeNode: 'Ranges (a:b)',
  BlockNode: 'Several statements (; or newline)',
  RelationalNode: 'Comparisons',
};

function positionOf(src: string, word: string): number | null {
  const m = new RegExp(`\\b${word.replace(/[^\w]/g, '')}\\b`).exec(src);
  return m ? m.index : null;
}

function convert(node: MathNode, src: string, depth: number): Expr {
  if (depth > MAX_DEPTH)
    throw new ExprError(
      `The expression is nested too deeply (more than ${MAX_DEPTH} levels).`,
      null,
    );
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ParenthesisNode':
      return convert(n.content as MathNode, src, depth + 1);
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new ExprError(
          `Only finite numbers are allowed, not ${JSON.stringify(v)}.`,
          positionOf(src, String(v)),
        );
      }
      return { k: 'num', v };
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (name === 'x' || name === 'y') return { k: name };
      if (name === 'pi') return { k: 'num', v: Math.PI };
      if (name === 'e') return { k: 'num', v: Math.E };
      throw new ExprError(
        `Unknown name “${name}”: use the variables x and y and the constants pi and e.`,
        positionOf(src, name),
      );
    }
    case 'OperatorNode': {
      const fn = n.fn as string;
      const args = n.args as MathNode[];
      if (fn === 'unaryMinus') return { k: 'neg', a: convert(args[0], src, depth + 1) };
      if (fn === 'unaryPlus') return convert(args[0], src, depth + 1);
      const op = OPS[fn];
      if (!op || args.length !== 2) {
        const sym = n.op as string;
        throw new ExprError(
          `The operator “${sym}” is not allowed: use + − * / ^.`,
          src.indexOf(sym) >= 0 ? src.indexOf(sym) : null,
        );
      }
      return { k: op, a: convert(args[0], src, depth + 1), b: convert(args[1], src, depth + 1) };
    }
    case 'FunctionNode': {
      const fnNode = n.fn as MathNode & { name?: string };
      const name = fnNode.type === 'SymbolNode' ? (fnNode.name as string) : '';
      const args = n.args as MathNode[];
      const pos = positionOf(src, name);
      if ((UNARY_FNS as readonly string[]).includes(name) && name !== 'softplus') {
        if (args.length !== 1) throw new ExprError(`${name} takes exactly one argument.`, pos);
        return {
          k: 'fn',
          f: name as (typeof UNARY_FNS)[number],
          a: convert(args[0], src, depth + 1),
        };
      }
      if ((BINARY_FNS as readonly string[]).includes(name)) {
        if (args.length !== 2) throw new ExprError(`${name} takes exactly two arguments.`, pos);
        return {
          k: 'fn2',
          f: name as (typeof BINARY_FNS)[number],
          a: convert(args[0], src, depth + 1),
          b: convert(args[1], src, depth + 1),
        };
      }
      throw new ExprError(
        `The function “${name || '?'}” is not allowed: use exp, log, sqrt, abs, tanh, sin, cos, max, min.`,
        pos,
      );
    }
    default:
      throw new ExprError(
        `${NODE_WORDS[node.type] ?? node.type} are not allowed in f(x, y).`,
        null,
      );
  }
}

/** Never throws: every input yields either a whitelisted tree or a message. */
export function parseObjective(src: string): ParseResult {
  try {
    const text = src.replace(/^\s*f\s*\(\s*x\s*,\s*y\s*\)\s*=/, '');
    if (text.trim() === '')
      return {
        ok: false,
        message: 'Type an expression in x and y, e.g. x^2 + 3*y^2.',
        position: 0,
      };
    if (text.length > MAX_LENGTH)
      return {
        ok: false,
        message: `The expression is longer than ${MAX_LENGTH} characters.`,
        position: MAX_LENGTH,
      };
    let node: MathNode;
    try {
      node = math.parse(text);
    } catch (e) {
      const err = e as { message?: string; char?: number };
      return {
        ok: false,
        message: `Syntax error: ${err.message ?? String(e)}`,
        position: typeof err.char === 'number' ? Math.max(0, err.char - 1) : null,
      };
    }
    const expr = simplify(convert(node, text, 0));
    return {
      ok: true,
      expr,
      tex: `f(x, y) = ${node.toTex({ parenthesis: 'auto', implicit: 'show' })}`,
      node,
    };
  } catch (e) {
    if (e instanceof ExprError) return { ok: false, message: e.message, position: e.position };
    return {
      ok: false,
      message: `This expression could not be read: ${e instanceof Error ? e.message : String(e)}`,
      position: null,
    };
  }
}

/** KaTeX of ∇f and H from mathjs's symbolic derivatives, or null where they are not readable. */
export function derivativeTex(
  node: MathNode,
): { grad: [string, string]; hess: [string, string, string] } | null {
  try {
    const d = (n: MathNode, v: string) => math.simplify(math.derivative(n, v));
    const fx = d(node, 'x');
    const fy = d(node, 'y');
    const tex = (n: MathNode) => n.toTex({ parenthesis: 'auto' });
    const out = {
      grad: [tex(fx), tex(fy)] as [string, string],
      hess: [tex(d(fx, 'x')), tex(d(fx, 'y')), tex(d(fy, 'y'))] as [string, string, string],
    };
    const long = [...out.grad, ...out.hess].some((t) => t.length > 220);
    return long ? null : out;
  } catch {
    return null;
  }
}
