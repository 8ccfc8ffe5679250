// Test support: the shipped Thingpedia classes plus fixtures/reference-classes.tt (the classes the reference's
// describe tests use, re-declared with the annotations those tests rely on).
import { readdirSync, readFileSync } from 'node:fs';
import { readThingpediaFile, thingpediaDirectory } from '../devices/thingpediaFiles.js';
import { Schemas } from '../schema/schemas.js';

export function shippedClassSources(): string[] {
  return readdirSync(thingpediaDirectory()).map((kind) => readThingpediaFile(kind, 'manifest'));
}

export function testClasses(): Schemas {
  const fixture = readFileSync(new URL('./fixtures/reference-classes.tt', import.meta.url), 'utf8');
  return Schemas.fromText(...shippedClassSources(), fixture);
}
