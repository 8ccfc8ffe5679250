// The describer's entry point: any parsed input (program, permission rule, bookkeeping) in English.
import type { Input } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import { describeBookkeeping } from './describeBookkeeping.js';
import { makeDescribeContext, type DescribeOptions } from './describeContext.js';
import { describePermissionRule } from './describePermissionRule.js';
import { describeProgram } from './describeProgram.js';

/**
 * Describes `input` with the wording of the reference (thingtalk 1.10 `Describer`), using the
 * `#_[confirmation]` and `#_[canonical]` annotations of the classes in `classes`.
 */
export function describe(input: Input, classes: SchemaRetriever, options: DescribeOptions = {}): string {
  switch (input.type) {
    case 'Program':
      return describeProgram(makeDescribeContext(classes, input.declarations, options), input);
    case 'PermissionRule':
      return describePermissionRule(makeDescribeContext(classes, [], options), input);
    case 'Bookkeeping':
      return describeBookkeeping(makeDescribeContext(classes, [], options), input);
    case 'Library':
      throw new TypeError('Class and dataset definitions have no description');
    case 'DialogueState':
      // thingtalk 1.10 describes no dialogue state either (its describer refuses them as an unrecognized input)
      throw new TypeError('A dialogue state has no description');
  }
}
