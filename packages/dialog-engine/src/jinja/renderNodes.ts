import type { Expression, Target, TemplateNode } from './ast.js';
import type { Arguments } from './callArguments.js';
import { applyFilter } from './filters.js';
import { JinjaError } from './jinjaError.js';
import type { JinjaLimits } from './limits.js';
import { dictKey, dictOf, getAttribute, getItem, getSlice, listOf } from './lookup.js';
import { arithmetic, compare } from './operators.js';
import { applyTest } from './tests.js';
import { BuiltinFunction, isFloat, isList, makeFloat, newDict, numberOf, pyStr, truthy, typeName, Undefined, type JinjaValue } from './values.js';

/** Variables of one block level; a `for` body gets its own, so that its `set`s do not leak out (as in Jinja2). */
class Scope {
  private readonly variables = new Map<string, JinjaValue>();

  constructor(private readonly parent: Scope | ReadonlyMap<string, JinjaValue>) {}

  get(name: string): JinjaValue | undefined {
    return this.variables.get(name) ?? this.parent.get(name);
  }

  set(name: string, value: JinjaValue): void {
    this.variables.set(name, value);
  }
}

/** One rendering: its limits and what it has used of them. */
class Renderer {
  private iterations = 0;
  private outputLength = 0;

  constructor(private readonly limits: JinjaLimits) {}

  private checked(value: JinjaValue, line: number): JinjaValue {
    if (typeof value === 'string' && value.length > this.limits.maxOutputLength) {
      throw new JinjaError(`string longer than ${this.limits.maxOutputLength} characters`, line);
    }
    return value;
  }

  private call(call: { readonly args: readonly Expression[]; readonly kwargs: readonly (readonly [string, Expression])[] }, scope: Scope): Arguments {
    const kwargs: Record<string, JinjaValue> = Object.create(null) as Record<string, JinjaValue>;
    for (const [name, value] of call.kwargs) kwargs[name] = this.evaluate(value, scope);
    return { args: call.args.map((arg) => this.evaluate(arg, scope)), kwargs };
  }

  evaluate(expression: Expression, scope: Scope): JinjaValue {
    try {
      return this.checked(this.evaluateUnchecked(expression, scope), expression.line);
    } catch (error) {
      if (error instanceof JinjaError && error.line === undefined) throw new JinjaError(error.message, expression.line);
      throw error;
    }
  }

  private evaluateUnchecked(expression: Expression, scope: Scope): JinjaValue {
    switch (expression.kind) {
      case 'const': return expression.value;
      case 'name': return scope.get(expression.name) ?? new Undefined(`'${expression.name}' is undefined`);
      case 'list': return expression.items.map((item) => this.evaluate(item, scope));
      case 'dict': {
        const dict = newDict();
        for (const [keyExpression, valueExpression] of expression.entries) {
          const key = this.evaluate(keyExpression, scope);
          const name = dictKey(key) ?? (typeof key === 'boolean' || key === null ? pyStr(key) : undefined);
          if (name === undefined) throw new JinjaError(`unhashable dict key of type '${typeName(key)}'`);
          dict[name] = this.evaluate(valueExpression, scope);
        }
        return dict;
      }
      case 'getattr': return getAttribute(this.evaluate(expression.target, scope), expression.name);
      case 'getitem': return getItem(this.evaluate(expression.target, scope), this.evaluate(expression.key, scope));
      case 'slice': {
        const bound = (part: Expression | undefined): JinjaValue | undefined => (part === undefined ? undefined : this.evaluate(part, scope));
        return getSlice(this.evaluate(expression.target, scope), bound(expression.start), bound(expression.stop), bound(expression.step));
      }
      case 'call': {
        const callee = this.evaluate(expression.callee, scope);
        if (callee instanceof Undefined) throw new JinjaError(callee.message);
        if (!(callee instanceof BuiltinFunction)) throw new JinjaError(`'${typeName(callee)}' object is not callable`);
        const call = this.call(expression, scope);
        return callee.call(call.args, call.kwargs);
      }
      case 'filter':
        return applyFilter(expression.name, this.evaluate(expression.value, scope), this.call(expression, scope), { maxLength: this.limits.maxOutputLength });
      case 'test': {
        const passes = applyTest(expression.name, this.evaluate(expression.value, scope), this.call(expression, scope));
        return expression.negated ? !passes : passes;
      }
      case 'unary': return this.unary(expression.operator, this.evaluate(expression.operand, scope));
      case 'binary': {
        const left = this.evaluate(expression.left, scope);
        if (expression.operator === 'and') return truthy(left) ? this.evaluate(expression.right, scope) : left;
        if (expression.operator === 'or') return truthy(left) ? left : this.evaluate(expression.right, scope);
        const right = this.evaluate(expression.right, scope);
        return arithmetic(expression.operator, left, right, expression.operator === '*' || expression.operator === '+' ? this.sequenceLimit(left, right) : this.limits.maxOutputLength);
      }
      case 'compare': {
        let left = this.evaluate(expression.first, scope);
        for (const [operator, rightExpression] of expression.rest) {
          const right = this.evaluate(rightExpression, scope);
          if (!compare(operator, left, right)) return false;
          left = right;
        }
        return true;
      }
      case 'conditional':
        if (truthy(this.evaluate(expression.test, scope))) return this.evaluate(expression.then, scope);
        return expression.otherwise === undefined ? new Undefined('the conditional expression evaluated to false and had no else') : this.evaluate(expression.otherwise, scope);
    }
  }

  /** Strings may grow to the output limit, lists to the sequence limit. */
  private sequenceLimit(left: JinjaValue, right: JinjaValue): number {
    return isList(left) || isList(right) ? this.limits.maxSequenceLength : this.limits.maxOutputLength;
  }

  private unary(operator: 'not' | '-' | '+', value: JinjaValue): JinjaValue {
    if (operator === 'not') return !truthy(value);
    if (value instanceof Undefined) throw new JinjaError(value.message);
    const number = numberOf(value);
    if (number === undefined) throw new JinjaError(`bad operand type for unary ${operator}: '${typeName(value)}'`);
    const result = operator === '-' ? -number : number;
    return isFloat(value) ? makeFloat(result) : result;
  }

  private assign(target: Target, value: JinjaValue, scope: Scope): void {
    const [single] = target;
    if (target.length === 1 && single !== undefined) {
      scope.set(single, value);
      return;
    }
    const items = listOf(value);
    if (items.length !== target.length) {
      throw new JinjaError(items.length > target.length ? `too many values to unpack (expected ${target.length})` : `not enough values to unpack (expected ${target.length}, got ${items.length})`);
    }
    target.forEach((name, index) => scope.set(name, items[index] ?? null));
  }

  private write(out: string[], text: string, line: number): void {
    this.outputLength += text.length;
    if (this.outputLength > this.limits.maxOutputLength) throw new JinjaError(`output longer than ${this.limits.maxOutputLength} characters`, line);
    out.push(text);
  }

  render(nodes: readonly TemplateNode[], scope: Scope, out: string[]): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text': this.write(out, node.text, node.line); break;
        case 'output': {
          const value = this.evaluate(node.value, scope);
          this.write(out, pyStr(value, this.limits.maxOutputLength - this.outputLength), node.line);
          break;
        }
        case 'if': {
          const branch = node.branches.find((candidate) => truthy(this.evaluate(candidate.test, scope)));
          this.render(branch?.body ?? node.otherwise, scope, out);
          break;
        }
        case 'for': this.renderFor(node, scope, out); break;
        case 'set': this.assign(node.target, this.evaluate(node.value, scope), scope); break;
        case 'set_block': {
          const body: string[] = [];
          this.render(node.body, new Scope(scope), body);
          scope.set(node.name, body.join(''));
          break;
        }
      }
    }
  }

  private renderFor(node: Extract<TemplateNode, { kind: 'for' }>, scope: Scope, out: string[]): void {
    let items = listOf(this.evaluate(node.iterable, scope));
    const condition = node.condition;
    if (condition !== undefined) {
      items = items.filter((item) => {
        this.countIteration(node.line);
        const probe = new Scope(scope);
        this.assign(node.target, item, probe);
        return truthy(this.evaluate(condition, probe));
      });
    }
    if (items.length === 0) {
      this.render(node.otherwise, scope, out);
      return;
    }
    items.forEach((item, index) => {
      this.countIteration(node.line);
      const body = new Scope(scope);
      this.assign(node.target, item, body);
      body.set('loop', loopInfo(items, index));
      this.render(node.body, body, out);
    });
  }

  private countIteration(line: number): void {
    this.iterations += 1;
    if (this.iterations > this.limits.maxIterations) throw new JinjaError(`more than ${this.limits.maxIterations} loop iterations`, line);
  }
}

/** Jinja2's `loop` variable for the item at `index`. */
function loopInfo(items: readonly JinjaValue[], index: number): JinjaValue {
  const length = items.length;
  return dictOf([
    ['index', index + 1],
    ['index0', index],
    ['revindex', length - index],
    ['revindex0', length - index - 1],
    ['first', index === 0],
    ['last', index === length - 1],
    ['length', length],
    ['depth', 1],
    ['depth0', 0],
    ['previtem', index > 0 ? (items[index - 1] ?? null) : new Undefined('there is no previous item')],
    ['nextitem', index < length - 1 ? (items[index + 1] ?? null) : new Undefined('there is no next item')],
    ['cycle', new BuiltinFunction('cycle', (args) => {
      if (args.length === 0) throw new JinjaError('no items for cycling given');
      return args[index % args.length] ?? null;
    })],
  ]);
}

/** Renders parsed nodes with `variables` on top of `globals`. */
export function renderNodes(nodes: readonly TemplateNode[], variables: ReadonlyMap<string, JinjaValue>, limits: JinjaLimits): string {
  const out: string[] = [];
  new Renderer(limits).render(nodes, new Scope(variables), out);
  return out.join('');
}
