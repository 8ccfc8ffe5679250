// The canonical shape of an agent's content, as stored and served: the later api.ai v1 JSON (docs/protocols/apiai.md §7).
// Every accepted variant (docs/protocols/apiai.md templates, 2015/2016/2018 exports) is normalised into these types.
import type { ApiaiResponseMessage } from '@parley/protocol-types';

export interface EntityEntry {
  value: string;
  synonyms: string[];
}

export interface EntityBody {
  entries: EntityEntry[];
  isEnum: boolean;
  automatedExpansion: boolean;
  isOverridable: boolean;
  /** Entries of the export's other languages (`E_entries_<lang>.json`), kept for the export. */
  entriesByLanguage?: Record<string, EntityEntry[]>;
}

export interface Entity extends EntityBody {
  id: string;
  name: string;
}

/** One chunk of an example sentence; `meta` is the entity (`@city`, `@sys.date`), `alias` the parameter. */
export interface UserSaysPart {
  text: string;
  alias?: string;
  meta?: string;
  userDefined?: boolean;
}

export interface UserSays {
  id: string;
  data: UserSaysPart[];
  /** Template user says keep `@entity:alias` inside `data[0].text`. */
  isTemplate: boolean;
  count: number;
}

export interface OutputContext {
  name: string;
  lifespan: number;
  parameters: Record<string, string>;
}

export interface IntentParameter {
  name: string;
  /** `$alias`, `$alias.original`, `#context.param` or a literal. */
  value: string;
  dataType: string;
  isList: boolean;
  required: boolean;
  defaultValue: string;
  prompts: string[];
}

/** A rich response message (`type` 0 text, 1 card, 2 quick replies, 3 image, 4 payload, or an Actions-on-Google name). */
export type ResponseMessage = ApiaiResponseMessage;

export interface IntentResponse {
  resetContexts: boolean;
  action: string;
  affectedContexts: OutputContext[];
  parameters: IntentParameter[];
  messages: ResponseMessage[];
}

export interface IntentBody {
  auto: boolean;
  /** Input context names: all must be active for the intent to match. */
  contexts: string[];
  userSays: UserSays[];
  responses: IntentResponse[];
  priority: number;
  webhookUsed: boolean;
  webhookForSlotFilling: boolean;
  fallbackIntent: boolean;
  events: { name: string }[];
  /** A follow-up intent's parent and the root of its chain (export fields, kept as they came). */
  parentId?: string;
  rootParentId?: string;
  /** Examples of the export's other languages (`X_usersays_<lang>.json`), kept for the export, not matched. */
  userSaysByLanguage?: Record<string, UserSays[]>;
}

export interface Intent extends IntentBody {
  id: string;
  name: string;
}

export interface Agent {
  id: string;
  name: string;
  language: string;
  webhook: AgentWebhook | null;
  /** The imported `agent.json` as it came (null: none); its settings are read by `agentSettings`. */
  agentJson: Record<string, unknown> | null;
  revision: number;
}

export interface AgentWebhook {
  url: string;
  headers: Record<string, string>;
  username?: string;
  password?: string;
}
