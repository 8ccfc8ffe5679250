import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

type Probe = typeof globalThis & { parleyPwned?: unknown };

const brain = `
- name: "news"
  signals:
    - order: "give me the news"
  neurons:
    - say:
        file_template: "templates/news.j2"
- name: "broken-template"
  signals: []
  neurons:
    - say:
        message: "{{ (1 + }}"
`;

const newsTemplate = `{%- set kinds = {'tech': 'Tech', 'sport': 'Sport',} -%}
{% for g in news[:2]: %}{{ kinds[g.kind] }} {{ loop.index }}: {{ g.title|capitalize }}{{ ', ' if not loop.last }}{% endfor %}
`;

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    brain,
    settings: 'var_files: [vars.yml]\nparley:\n  script_neurons: True\n',
    files: {
      'templates/news.j2': newsTemplate,
      'vars.yml': 'news:\n  - {kind: tech, title: new phone}\n  - {kind: sport, title: big match}\n  - {kind: tech, title: not read}\n',
    },
    extra: { logger: { level: 'warn', stream: logStream } },
  });
});
afterAll(() => t.close());

describe('templates render in the sandboxed Jinja2 renderer', () => {
  it('renders the Jinja2 of real brains (trailing commas, slices, for … in …:)', async () => {
    const run = await postJson(t.app, '/synapses/start/order', { order: 'give me the news' });
    expect(run.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
      { neuron_name: 'Say', generated_message: 'Tech 1: New phone, Sport 2: Big match' },
    ]);
  });

  it('runs no JavaScript from a synapse added through POST /synapses (issue #20 item 1) and logs why the neuron is dropped', async () => {
    const exploits = [
      '{{ range.constructor("globalThis.parleyPwned = process.getuid()")() }}',
      '{{ cycler.constructor("globalThis.parleyPwned = 1")() }}',
      '{{ "".constructor.constructor("globalThis.parleyPwned = 1")() }}',
    ];
    for (const [index, message] of exploits.entries()) {
      const name = `exploit-${index + 1}`;
      const created = await postJson(t.app, '/synapses', { name, signals: [], neurons: [{ say: { message } }, { say: { message: 'after' } }] }, ADMIN_HEADERS);
      expect(created.statusCode).toBe(201);
      const run = await postJson(t.app, `/synapses/start/id/${name}`, {});
      expect(run.statusCode).toBe(201);
      expect(run.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
        { neuron_name: 'Say', generated_message: 'after' },
      ]);
      expect((globalThis as Probe).parleyPwned).toBeUndefined();
    }
    const warnings = logLines.map((line) => JSON.parse(line) as { synapse?: string; msg: string }).filter((line) => line.synapse === 'exploit-1');
    expect(warnings.map((line) => line.msg)).toEqual([expect.stringContaining("neuron skipped: template") as unknown]);
    expect(warnings[0]?.msg).toContain("has no attribute 'constructor'");
  });

  it('warns at start about a template that does not parse, and drops that neuron with a log line when it runs', async () => {
    expect(logLines.some((line) => line.includes('broken-template') && line.includes('is not valid Jinja2'))).toBe(true);
    const run = await postJson(t.app, '/synapses/start/id/broken-template', {});
    expect(run.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([]);
    expect(logLines.some((line) => line.includes('"synapse":"broken-template"') && line.includes('neuron skipped'))).toBe(true);
  });

  it('refuses through POST /synapses a template that does not parse, and command neurons', async () => {
    const broken = await postJson(t.app, '/synapses', { name: 'bad-template', signals: [], neurons: [{ say: { message: '{{ x | nosuchfilter }}' } }] }, ADMIN_HEADERS);
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({ error: `neuron "say": template "{{ x | nosuchfilter }}" is not valid Jinja2: no filter named 'nosuchfilter' (line 1)` });
    const shell = await postJson(t.app, '/synapses', { name: 'run-a-command', signals: [], neurons: [{ shell: { cmd: 'id' } }] }, ADMIN_HEADERS);
    expect(shell.statusCode).toBe(400);
    expect(shell.json()).toEqual({ error: 'neuron "shell" runs commands and is accepted only from brain files' });
  });
});
