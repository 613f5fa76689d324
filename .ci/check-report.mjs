// CI check of vitest's JSON report: every test ran (none skipped, none todo), and a plain closing
// line "N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const skipped = [];
for (const file of report.testResults) {
  for (const t of file.assertionResults) if (t.status !== 'passed' && t.status !== 'failed') skipped.push(`${file.name.replace(process.cwd() + '/', '')} > ${t.fullName} (${t.status})`);
}
console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped.length} skipped`);
if (skipped.length > 0) {
  console.error(`ci: ../shared is present, so no test may be skipped:\n  ${skipped.join('\n  ')}`);
  process.exit(1);
}
if (report.numFailedTests > 0 || !report.success) process.exit(1);
