// What the describer needs besides the program: the class definitions and the program's declarations.
import type { Annotations, ArgumentDef, Declaration, FunctionDef, Invocation } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import { cleanName } from './cleanName.js';

export interface DescribeOptions {
  /** IANA time zone for absolute dates (default: the host's). */
  readonly timeZone?: string;
}

export interface DescribeContext {
  readonly classes: SchemaRetriever;
  readonly declarations: ReadonlyMap<string, Declaration>;
  readonly options: DescribeOptions;
}

export function makeDescribeContext(
  classes: SchemaRetriever,
  declarations: readonly Declaration[],
  options: DescribeOptions = {},
): DescribeContext {
  return { classes, declarations: new Map(declarations.map((d) => [d.name, d])), options };
}

export function functionOf(ctx: DescribeContext, invocation: Invocation, functionType?: 'query' | 'action'): FunctionDef | undefined {
  return ctx.classes.getFunction(invocation.selector.kind, invocation.channel, functionType);
}

/** `#_[name]` of a function or argument when it is a string. */
export function nlString(annotated: { readonly annotations: Annotations } | undefined, name: string): string | undefined {
  const value = annotated?.annotations.nl[name];
  return value?.type === 'String' ? value.value : undefined;
}

/** The words for an argument: its `#_[canonical]`, else its cleaned name. */
export function argumentCanonical(args: ReadonlyMap<string, ArgumentDef>, name: string): string {
  return nlString(args.get(name), 'canonical') ?? cleanName(name);
}
