// Descriptions and program names of @parley/thingtalk against thingtalk 1.10's, word for word, both run in this
// process: the cases of the reference's describe test (test/test_describe.js) plus program shapes its cases lack
// (ordinals, phrases of list filters, arrays), typed against the reference's test Thingpedia (test/thingpedia.tt).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, parse, programName, Schemas, typeCheck } from '@parley/thingtalk';

const require = createRequire(import.meta.url);
const referencePackage = dirname(require.resolve('thingtalk/package.json'));
const TIME_ZONE = 'America/Los_Angeles';

interface ReferenceDescribe {
  Describer: new (gettext: Gettext, locale: string, timezone: string) => { describe(program: ReferenceInput): string };
  getProgramName(gettext: Gettext, program: ReferenceInput): string;
}
interface ReferenceInput {
  readonly isProgram: boolean;
}
interface Gettext {
  dgettext(domain: string, text: string): string;
  dngettext(domain: string, singular: string, plural: string, n: number): string;
}

const GETTEXT: Gettext = { dgettext: (_domain, text) => text, dngettext: (_domain, singular, plural, n) => (n === 1 ? singular : plural) };

/** Program shapes beyond the reference's describe cases, in its syntax. */
const EXTRA_SHAPES = [
  'now => @com.xkcd.get_comic(), in_array(title, ["a","b","c"]) => notify;',
  'now => @com.xkcd.get_comic(), !in_array(title, ["a","b"]) => notify;',
  'now => @com.xkcd.get_comic(), title ~= "abc" => notify;',
  'now => @com.instagram.get_pictures(), contains(hashtags, "foo"^^tt:hashtag) && caption == "x" => notify;',
  'now => @com.instagram.get_pictures(), contains(hashtags, "foo"^^tt:hashtag) || caption == "x" => notify;',
  'now => @com.instagram.get_pictures(), caption =~ "foo" => notify;',
  'now => @com.google.drive.list_drive_files()[2] => notify;',
  'now => @com.google.drive.list_drive_files()[21] => notify;',
  'now => @com.google.drive.list_drive_files()[-3] => notify;',
  'now => @com.google.drive.list_drive_files()[1, 2] => notify;',
  'now => (@com.yelp.restaurant()), price == enum(cheap) && rating == 4 => notify;',
  'now => (@com.yelp.restaurant()), in_array(price, [enum(cheap), enum(moderate)]) => notify;',
  'now => (@com.yelp.restaurant()), phone == "123"^^tt:phone_number => notify;',
  'now => (@org.thingpedia.weather.current(location=$?)), temperature >= 10.35defaultTemperature => notify;',
  '$dialogue @org.thingpedia.dialogue.transaction.execute; now => @com.xkcd.get_comic() => notify #[results=[]];',
];

/** The `TEST_CASES` of the reference's test/test_describe.js, read by running that file's top level. */
function referenceCases(): string[] {
  const file = join(referencePackage, 'test', 'test_describe.js');
  const sandbox: Record<string, unknown> = { require: createRequire(file), module: { exports: {}, parent: {} }, console, process, __cases: undefined };
  runInNewContext(`${readFileSync(file, 'utf8')}\n;__cases = TEST_CASES.map((c) => c[0]);`, sandbox);
  return sandbox['__cases'] as string[];
}

export interface Disagreement {
  readonly code: string;
  readonly reference: string;
  readonly ours: string;
}

export interface DescribeAgreement {
  readonly total: number;
  readonly same: number;
  readonly differences: readonly Disagreement[];
}

function outcome(run: () => [string, string | null]): string {
  try {
    const [description, name] = run();
    return name === null ? description : `${description} | ${name}`;
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Describes every case with both implementations (in the time zone both describers are given). */
export async function describeAgreement(): Promise<DescribeAgreement> {
  const savedZone = process.env['TZ'];
  process.env['TZ'] = TIME_ZONE; // the reference formats times in the process's zone, not the one it is given
  try {
    const Describe = require(join(referencePackage, 'lib', 'describe')) as ReferenceDescribe;
    const Grammar = require(join(referencePackage, 'lib', 'grammar_api')) as { parseAndTypecheck(code: string, schemas: unknown, meta: boolean): Promise<ReferenceInput> };
    const SchemaRetriever = require(join(referencePackage, 'lib', 'schema')) as new (client: unknown, a: null, silent: boolean) => unknown;
    const FileClient = require(join(referencePackage, 'test', 'file_thingpedia_client')) as new (options: Record<string, string>) => unknown;
    const thingpedia = join(referencePackage, 'test', 'thingpedia.tt');
    const client = new FileClient({ locale: 'en', thingpedia, entities: join(referencePackage, 'test', 'entities.json') });
    const referenceSchemas = new SchemaRetriever(client, null, true);
    const schemas = Schemas.fromText(readFileSync(thingpedia, 'utf8'));
    const cases = [...referenceCases(), ...EXTRA_SHAPES];
    const differences: Disagreement[] = [];
    for (const code of cases) {
      let referenceProgram: ReferenceInput | null = null;
      let reference: string;
      try {
        referenceProgram = await Grammar.parseAndTypecheck(code, referenceSchemas, true);
        const program = referenceProgram;
        reference = outcome(() => [new Describe.Describer(GETTEXT, 'en-US', TIME_ZONE).describe(program), program.isProgram ? Describe.getProgramName(GETTEXT, program) : null]);
      } catch (error) {
        reference = `error: ${error instanceof Error ? error.message : String(error)}`;
      }
      const ours = outcome(() => {
        const checked = typeCheck(parse(code), schemas);
        return [describe(checked, schemas, { timeZone: TIME_ZONE }), checked.type === 'Program' ? programName(checked) : null];
      });
      // both refusing counts as agreement (a dialogue state has no description in either)
      const agree = ours === reference || (ours.startsWith('error: ') && reference.startsWith('error: '));
      if (!agree) differences.push({ code, reference, ours });
    }
    return { total: cases.length, same: cases.length - differences.length, differences };
  } finally {
    if (savedZone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedZone;
  }
}
