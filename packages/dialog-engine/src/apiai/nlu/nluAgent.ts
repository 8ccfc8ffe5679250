// The agent as the api.ai NLU adapter reads it: the api.ai intent and entity JSON (docs/protocols/apiai.md §7), only
// the fields matching needs. An app's or an export's intents and entities are passed as they are.
import type { UserSays } from '@parley/nlu';

export interface NluIntentParameter {
  /** `$alias`, `$alias.original`, `#context.param` or a literal. */
  readonly value: string;
  /** The entity: `@city`, `@sys.date`. */
  readonly dataType: string;
  readonly isList: boolean;
}

export interface NluIntent {
  readonly id: string;
  readonly name: string;
  /** Input contexts: all must be active for the intent to match. */
  readonly contexts: readonly string[];
  /** A follow-up intent's parent. */
  readonly parentId?: string;
  /** Examples (chunks annotated with `alias` and `meta`) and templates (`@entity:alias` inside the text). */
  readonly userSays: readonly UserSays[];
  /** The first response's parameters are the intent's; the output contexts of every response link follow-ups. */
  readonly responses: readonly {
    readonly parameters: readonly NluIntentParameter[];
    readonly affectedContexts: readonly { readonly name: string; readonly lifespan: number }[];
  }[];
}

export interface NluEntity {
  readonly name: string;
  readonly entries: readonly { readonly value: string; readonly synonyms: readonly string[] }[];
  readonly isEnum?: boolean;
  /** api.ai's "allow automated expansion": values close to an entry are accepted too. */
  readonly automatedExpansion?: boolean;
}
