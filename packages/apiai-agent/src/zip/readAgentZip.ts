// Agent zips of the three export generations (docs/protocols/apiai.md §7) → agent content:
// 2015 (`intents/*.json` with `templates`, inline entities, no agent.json), 2016–18 (inline `userSays`, optional
// agent.json) and 2018+ (agent.json; `intents/X.json` + `intents/X_usersays_<lang>.json`;
// `entities/E.json` + `entities/E_entries_<lang>.json`). A zip whose files sit in one top folder is read too.
import { strFromU8 } from 'fflate';
import { InvalidAgentError } from '../agent/InvalidAgentError.js';
import { isRecord, readString, type Json } from '../agent/readJson.js';
import { unpackZip, type UnzipLimits } from './unpackZip.js';

export interface AgentZip {
  entities: unknown[];
  intents: unknown[];
  /** agent.json, when the zip has one. */
  agent: Json | undefined;
  language: string | undefined;
}

export interface ReadAgentZipOptions {
  /** Called on each JSON file as it is read (with its path), to refuse what the caller cannot keep by throwing. */
  checkJson?: (json: unknown, path: string) => void;
}

/** A JSON file of the zip, passed to `checkJson`. */
function parseJson(path: string, bytes: Uint8Array, options: ReadAgentZipOptions): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new InvalidAgentError(`${path} in the agent zip is not valid JSON: ${(error as Error).message}`);
  }
  options.checkJson?.(parsed, path);
  return parsed;
}

/** Files by path, without a folder that every path shares (and without folders). */
function listFiles(zip: Uint8Array, limits: UnzipLimits): Map<string, Uint8Array> {
  const entries = unpackZip(zip, limits);
  const paths = [...entries.keys()].filter((path) => !path.startsWith('__MACOSX/'));
  const top = paths[0]?.split('/')[0];
  const shared = top !== undefined && paths.every((path) => path.startsWith(`${top}/`)) && !['intents', 'entities'].includes(top);
  return new Map(paths.map((path) => [shared ? path.slice(top.length + 1) : path, entries.get(path) ?? new Uint8Array()]));
}

/** `folder/Name.json` files, and the `Name_<suffix>_<lang>.json` companions of each. */
function readFolder(files: Map<string, Uint8Array>, folder: string, suffix: string, language: string | undefined, options: ReadAgentZipOptions) {
  const companion = new RegExp(`^${folder}/(.+)_${suffix}_([A-Za-z-]+)\\.json$`);
  const companions = new Map<string, Map<string, unknown>>();
  const mains: [string, unknown][] = [];
  for (const [path, bytes] of files) {
    if (!path.startsWith(`${folder}/`) || !path.endsWith('.json')) continue;
    const match = companion.exec(path);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      const byLanguage = companions.get(match[1]) ?? new Map<string, unknown>();
      byLanguage.set(match[2], parseJson(path, bytes, options));
      companions.set(match[1], byLanguage);
    } else if (!path.slice(folder.length + 1).includes('/')) {
      mains.push([path.slice(folder.length + 1, -'.json'.length), parseJson(path, bytes, options)]);
    }
  }
  return mains.map(([base, json]) => {
    const byLanguage = companions.get(base) ?? new Map<string, unknown>();
    const main = language?.toLowerCase() ?? 'en';
    const languages = [...byLanguage.keys()];
    const mainLanguage = languages.find((lang) => lang.toLowerCase() === main) ?? languages[0];
    const extra = mainLanguage === undefined ? undefined : byLanguage.get(mainLanguage);
    // The other languages' files are kept as they came, for the export (they are not matched).
    const others = Object.fromEntries([...byLanguage].filter(([lang, value]) => lang !== mainLanguage && Array.isArray(value)));
    return { base, json, extra, others: Object.keys(others).length === 0 ? undefined : others };
  });
}

/** The agent content of a zip, unpacked within `limits` (an `InvalidAgentError` past them). */
export function readAgentZip(zip: Uint8Array, limits: UnzipLimits, options: ReadAgentZipOptions = {}): AgentZip {
  const files = listFiles(zip, limits);
  const agentBytes = files.get('agent.json');
  const agent = agentBytes === undefined ? undefined : parseJson('agent.json', agentBytes, options);
  const agentJson = isRecord(agent) ? agent : undefined;
  const language = readString(agentJson?.language, 'agent.json language');
  const intents = readFolder(files, 'intents', 'usersays', language, options).map(({ json, extra, others }) =>
    isRecord(json)
      ? {
          ...json,
          ...(Array.isArray(extra) ? { userSays: [...(Array.isArray(json.userSays) ? json.userSays : []), ...extra] } : {}),
          ...(others === undefined ? {} : { userSaysByLanguage: others }),
        }
      : json,
  );
  const entities = readFolder(files, 'entities', 'entries', language, options).map(({ base, json, extra, others }) => {
    const entity = isRecord(json) ? json : {};
    return {
      ...entity,
      name: entity.name ?? base,
      ...(Array.isArray(extra) ? { entries: extra } : {}),
      ...(others === undefined ? {} : { entriesByLanguage: others }),
    };
  });
  if (intents.length === 0 && entities.length === 0) throw new InvalidAgentError('The agent zip has no intents/ or entities/ folder');
  return { agent: agentJson, language, intents, entities };
}
