// GET /me/api/parse (docs/protocols/almond.md §2.4; docs/protocols/almond.md): the NLU's candidates as programs, with their devices
// assigned — one configured device is bound into the code, set-up-free kinds are added first, several devices
// are offered as a list, an unconfigured kind gives its configuration factory.
import type { AlmondNlu } from '@parley/dialog-engine';
import {
  fromNN,
  iterateSlots,
  parse,
  print,
  selectDevice,
  typeCheck,
  type DeviceSlot,
  type Program,
} from '@parley/thingtalk';
import type { UserPreferences } from '../db/schema.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import { fillContextValues } from './contextValues.js';
import { iconUrl, type ThingpediaCatalog } from '../thingpedia/catalog.js';

interface ParseDevice {
  uniqueId: string;
  name: string;
  description: string;
  kind: string;
  icon: string;
}

interface DeviceFactoryInfo {
  kind: string;
  text: string;
  type: 'form' | 'oauth2';
  fields: never[];
}

interface ParseCandidate {
  score: number | 'Infinity';
  code: string;
  commandClass: 'trigger' | 'query' | 'action' | 'rule';
  devices: Record<string, ParseDevice | ParseDevice[] | DeviceFactoryInfo>;
  locations: Record<string, boolean>;
  times: Record<string, boolean>;
}

function commandClass(program: Program, primitives: number): ParseCandidate['commandClass'] {
  const [statement] = program.statements;
  if (primitives !== 1 || program.statements.length !== 1 || statement === undefined) return 'rule';
  if (statement.type === 'Rule') return 'trigger';
  if (statement.type === 'Command') return statement.table === null ? 'action' : 'query';
  return 'rule';
}

interface RawCandidate {
  input: Program;
  score: number | 'Infinity';
  plausible: boolean;
}

/** Below this calibrated score an NLU reading comes after the classifier's programs. */
const MIN_PLAUSIBLE = 0.1;

/**
 * The NLU's exact matches and plausible readings first (calibrated, best first), then the classifier's programs
 * (paraphrases the parser misses), then the NLU's other readings; none for bookkeeping.
 */
function rawCandidates(nlu: AlmondNlu, text: string, classified: readonly { program: Program; score: number }[]): RawCandidate[] {
  const parsed = nlu.parse(text, { expect: null, choices: [] });
  if (parsed.some((candidate) => typeof candidate.code !== 'string' && candidate.code[0] === 'bookkeeping')) return [];
  const matched = parsed.flatMap((candidate): RawCandidate[] => {
    try {
      const input = typeof candidate.code === 'string' ? parse(candidate.code) : fromNN(candidate.code, candidate.entities ?? {});
      const plausible = candidate.score === 'Infinity' || candidate.confident === true || candidate.score >= MIN_PLAUSIBLE;
      return input.type === 'Program' ? [{ input, score: candidate.score, plausible }] : [];
    } catch {
      return [];
    }
  });
  return [
    ...matched.filter((candidate) => candidate.plausible),
    ...classified.map((candidate) => ({ input: candidate.program, score: candidate.score, plausible: false })),
    ...matched.filter((candidate) => !candidate.plausible),
  ];
}

export async function parseCommand(
  text: string,
  userId: string,
  deps: {
    nlu: AlmondNlu;
    /** The classifier's programs for the query (`classifyCommand`), most confident first. */
    classified: readonly { program: Program; score: number }[];
    catalog: ThingpediaCatalog;
    devices: DeviceStore;
    preferences: UserPreferences;
    origin: string;
  },
): Promise<ParseCandidate[]> {
  const { nlu, catalog, devices } = deps;
  const candidates: ParseCandidate[] = [];
  const seen = new Set<string>();
  for (const candidate of rawCandidates(nlu, text, deps.classified)) {
    if (candidates.length === 3) break;
    let program: Program;
    try {
      program = typeCheck(candidate.input, catalog.schemas);
    } catch {
      continue;
    }
    const key = print(program);
    if (seen.has(key)) continue;
    seen.add(key);
    const context = fillContextValues(program, deps.preferences);
    program = context.program;
    const deviceSlots = iterateSlots(program, catalog.schemas).filter((slot): slot is DeviceSlot => slot.type === 'device');
    const assigned: ParseCandidate['devices'] = {};
    let primitives = 0;
    for (const slot of deviceSlots) {
      const entry = catalog.get(slot.kind);
      if (entry === undefined || entry.setup === 'builtin') continue;
      const name = `p_${primitives}`;
      primitives += 1;
      let mine = (await devices.list(userId)).filter((device) => device.kind === slot.kind);
      if (mine.length === 0 && entry.setup === 'none') mine = [await devices.add(userId, slot.kind)];
      const shown = mine.map((device) => ({ uniqueId: device.uniqueId, name: device.name, description: device.description, kind: device.kind, icon: `${deps.origin}${iconUrl(device.kind)}` }));
      if (shown.length === 1 && shown[0] !== undefined) {
        assigned[name] = shown[0];
        program = selectDevice(program, slot, shown[0].uniqueId);
      } else if (shown.length > 1) {
        assigned[name] = shown;
      } else {
        assigned[name] = { kind: entry.kind, text: entry.name, type: entry.setup === 'oauth2' ? 'oauth2' : 'form', fields: [] };
      }
    }
    candidates.push({ score: candidate.score, code: print(program), commandClass: commandClass(program, primitives), devices: assigned, locations: context.locations, times: context.times });
  }
  return candidates;
}
