// Adds up every package's vitest JSON report (test-results.json) and prints "N passed, N failed[, N skipped]".
// Exits 1 when a test failed or a report is unreadable.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = 0;
// The workspace's packages, as pnpm-workspace.yaml lists them (`- folder` or `- folder/*`), so that no package's
// report is left out of the count.
const workspace = readFileSync('pnpm-workspace.yaml', 'utf8');
const patterns = [];
for (const line of workspace.slice(workspace.indexOf('packages:') + 'packages:'.length).split('\n').slice(1)) {
  const item = /^\s+-\s+['"]?([^'"#\s]+)['"]?\s*$/.exec(line);
  if (item === null) break;
  patterns.push(item[1]);
}
const packageDirs = [];
for (const pattern of patterns) {
  if (!pattern.endsWith('/*')) {
    packageDirs.push(pattern);
    continue;
  }
  const group = pattern.slice(0, -2);
  if (!existsSync(group)) continue;
  for (const entry of readdirSync(group, { withFileTypes: true })) if (entry.isDirectory()) packageDirs.push(join(group, entry.name));
}
if (packageDirs.length === 0) {
  console.error('pnpm-workspace.yaml lists no packages');
  process.exit(1);
}
for (const dir of packageDirs) {
  const report = join(dir, 'test-results.json');
  if (!existsSync(report)) continue;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A suite that failed to load (syntax error, missing module) counts no test: report it as a failure.
    const failedSuites = (json.testResults ?? []).filter((suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0);
    failed += failedSuites.length;
    for (const suite of failedSuites) console.error(`suite failed to run: ${suite.name}: ${suite.message ?? ''}`);
  } catch (error) {
    broken += 1;
    console.error(`unreadable report ${report}: ${error.message}`);
  }
}
console.log(`${passed} passed, ${failed + broken} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed + broken > 0 ? 1 : 0);
