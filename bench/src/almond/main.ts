// `pnpm bench almond`: the held-out set (bench/src/almond/heldout.jsonl) through a real almond-api server —
// top-1 program accuracy of GET /me/api/parse, how many commands POST /me/api/converse acts on, and latency —
// plus the parser's own time per sentence with the shipped devices and with 100 devices, beside the exemplar
// matcher on the same devices measured in the same run. Report: bench/results/almond.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { almondDeployment, createClient, createUser, grantTokens, http, spawnAlmond } from '@parley/e2e';
import { describe, parse, print, Schemas, typeCheck, type Program } from '@parley/thingtalk';
import { BUILTIN_PLUGINS } from '@parley/thingtalk/devices';
import { loadRecognizers } from '@parley/nlu';
import { judgeConversation, type ConverseOutcome } from './judgeConversation.js';
import { measureParser, type ParserTiming } from './measureParser.js';

interface Row {
  text: string;
  program: string;
}

interface ParseResult {
  row: Row;
  expected: string;
  top: string | null;
  score: number | 'Infinity' | null;
  ms: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../results/', import.meta.url));
const schemas = Schemas.fromText(...BUILTIN_PLUGINS.map((plugin) => plugin.classSource));

function log(line: string): void {
  console.log(`[almond] ${line}`);
}

/** A program in canonical form without device ids (what /parse binds is not part of the comparison). */
function canonical(code: string): string {
  const program = typeCheck(parse(code.replace(/\(id="[^"]*"\)/g, '')) as Program, schemas);
  return print(program);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

export async function run(): Promise<void> {
  const rows = readFileSync(`${here}heldout.jsonl`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Row);
  const loadBefore = loadavg()[0] ?? 0;
  const deployment = almondDeployment(undefined);
  deployment.env['ALMOND_RATE_LIMIT'] = 'off';
  const user = await createUser(deployment, 'benchuser');
  const client = await createClient(deployment);
  const server = await spawnAlmond(deployment);
  const parsed: ParseResult[] = [];
  const conversations: ConverseOutcome[] = [];
  try {
    const { accessToken } = await grantTokens(server.url, user, client);
    const auth = { authorization: `Bearer ${accessToken}` };
    await http(`${server.url}/me/api/parse?q=${encodeURIComponent('warm up')}`, { headers: auth, timeoutMs: 60_000 });
    for (const row of rows) {
      const started = performance.now();
      const answer = await http(`${server.url}/me/api/parse?q=${encodeURIComponent(row.text)}`, { headers: auth, timeoutMs: 60_000 });
      const ms = performance.now() - started;
      const [first] = (answer.json as { candidates?: { code: string; score: number | 'Infinity' }[] }).candidates ?? [];
      let top: string | null = null;
      try {
        top = first === undefined ? null : canonical(first.code);
      } catch {
        top = `(does not type-check) ${first?.code ?? ''}`;
      }
      parsed.push({ row, expected: canonical(row.program), top, score: first?.score ?? null, ms });
    }
    log(`parse: ${parsed.filter((result) => result.top === result.expected).length}/${rows.length} right`);
    for (const [index, row] of rows.entries()) {
      const started = performance.now();
      const answer = await http(`${server.url}/me/api/converse`, { headers: auth, body: { command: { type: 'command', text: row.text } }, timeoutMs: 60_000 });
      const ms = performance.now() - started;
      const expected = typeCheck(parse(row.program) as Program, schemas);
      const messages = (answer.json as { messages?: Record<string, unknown>[] }).messages ?? [];
      const askSpecial = (answer.json as { askSpecial?: string | null }).askSpecial ?? null;
      conversations.push(judgeConversation(row.text, messages, askSpecial, describe(expected, schemas), parsed[index]?.top === parsed[index]?.expected, ms));
    }
  } finally {
    await server.stop();
  }
  log(`converse: ${conversations.filter((outcome) => outcome.actedRight).length}/${rows.length} acted on with the expected program`);
  // The exemplar matcher reads numbers and dates with the recognizers-text suite (@parley/nlu README, System entities).
  await loadRecognizers();
  const timing = measureParser(rows.map((row) => row.text), log);
  const loadAfter = loadavg()[0] ?? 0;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} at start and ${loadAfter.toFixed(1)} at end (a shared machine: timings are upper bounds)`;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(`${resultsDir}almond.md`, report(parsed, conversations, timing, machine));
  log(`report written to bench/results/almond.md`);
}

function calibrationRows(parsed: readonly ParseResult[]): string[] {
  const bins: [string, (score: number) => boolean][] = [
    ['"Infinity" (exact dataset match)', () => false],
    ['≥ 0.8', (score) => score >= 0.8],
    ['0.5 – 0.8', (score) => score >= 0.5 && score < 0.8],
    ['0.2 – 0.5', (score) => score >= 0.2 && score < 0.5],
    ['< 0.2', (score) => score < 0.2],
  ];
  return bins.map(([label, test], index) => {
    const inBin = parsed.filter((result) => (index === 0 ? result.score === 'Infinity' : typeof result.score === 'number' && test(result.score)));
    const right = inBin.filter((result) => result.top === result.expected).length;
    return `| ${label} | ${inBin.length} | ${inBin.length === 0 ? '–' : pct(right, inBin.length)} |`;
  });
}

function report(parsed: readonly ParseResult[], conversations: readonly ConverseOutcome[], timing: ParserTiming, machine: string): string {
  const total = parsed.length;
  const right = parsed.filter((result) => result.top === result.expected).length;
  const acted = conversations.filter((outcome) => outcome.acted).length;
  const actedRight = conversations.filter((outcome) => outcome.actedRight).length;
  const count = (kind: ConverseOutcome['kind']): number => conversations.filter((outcome) => outcome.kind === kind).length;
  const parseMs = parsed.map((result) => result.ms);
  const converseMs = conversations.map((outcome) => outcome.ms);
  const wrong = parsed.filter((result) => result.top !== result.expected);
  const notActed = conversations.filter((outcome) => !outcome.actedRight);
  return [
    '# Almond: everyday commands (held-out set)',
    '',
    `Machine: ${machine}.`,
    '',
    `Held-out set: \`bench/src/almond/heldout.jsonl\`, ${total} commands for the shipped devices (builtin, xkcd, The Cat API,`,
    'test) with their expected programs, written before the parser and never used to write templates. Each command is',
    'sent to a real almond-api server (spawned, embedded storage, a fresh user with no configured device).',
    '',
    '## Accuracy',
    '',
    '| measure | result |',
    '|---|---|',
    `| top-1 program of \`GET /me/api/parse\` (device ids ignored) | **${right}/${total} = ${pct(right, total)}** |`,
    `| \`POST /me/api/converse\` acts on the command (runs or starts a program in that round, no question) | ${acted}/${total} = ${pct(acted, total)} |`,
    `| … and the program it runs is the expected one | **${actedRight}/${total} = ${pct(actedRight, total)}** |`,
    `| asks "Did you mean any of the following?" | ${count('clarify')} |`,
    `| asks "Okay, so you want me to …. Is that right?" | ${count('confirm')} |`,
    `| asks for a missing value or device | ${count('ask')} |`,
    `| "Sorry, I did not understand that" | ${count('failed')} |`,
    '',
    'How "the expected one" is checked: programs that are not single queries are echoed by the agent ("Okay, I\'m going',
    "to …\") and the echo must be the description of the expected program; a single query is not echoed, and then the",
    "top `/parse` candidate (the same NLU, whose first reading the conversation runs) must be the expected program.",
    '',
    '## Calibration of the top `/parse` score',
    '',
    '| top score | commands | top-1 right |',
    '|---|---|---|',
    ...calibrationRows(parsed),
    '',
    'The conversation acts without asking from 0.5 on (and on "Infinity"); below, with other plausible readings, it asks',
    '"Did you mean any of the following?"; with one, "Okay, so you want me to …. Is that right?".',
    '',
    '## Latency',
    '',
    '| what | p50 | p95 | max |',
    '|---|---|---|---|',
    `| \`GET /me/api/parse\` over HTTP (whole request: NLU, classifier, type checking, device assignment) | ${percentile(parseMs, 50).toFixed(1)} ms | ${percentile(parseMs, 95).toFixed(1)} ms | ${Math.max(...parseMs).toFixed(1)} ms |`,
    `| \`POST /me/api/converse\` over HTTP (includes running the program; xkcd and The Cat API calls need the network) | ${percentile(converseMs, 50).toFixed(1)} ms | ${percentile(converseMs, 95).toFixed(1)} ms | ${Math.max(...converseMs).toFixed(1)} ms |`,
    ...timing.rows,
    '',
    ...timing.notes,
    '',
    '## Commands the parser got wrong',
    '',
    ...(wrong.length === 0 ? ['None.'] : wrong.map((result) => `- "${result.row.text}": expected \`${result.expected}\`, got ${result.top === null ? 'nothing' : `\`${result.top}\``}`)),
    '',
    '## Commands the conversation did not act on with the expected program',
    '',
    ...(notActed.length === 0 ? ['None.'] : notActed.map((outcome) => `- "${outcome.text}": ${outcome.kind}${outcome.detail === '' ? '' : ` (${outcome.detail})`}`)),
    '',
  ].join('\n');
}

