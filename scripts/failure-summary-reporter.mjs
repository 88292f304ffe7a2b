// A second reporter for the test runner: it writes only the tests that failed, with file, name and
// the first lines of the error. The runner prints it after the run, so the reason for a red CI run
// is the last thing in the log, not buried among 1,500 passing tests.
import path from 'node:path';

export default async function* failureSummary(source) {
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const { name, file, details } = event.data;
    const error = details?.error;
    // A suite fails when one of its tests does; the test itself is reported already.
    if (error?.failureType === 'subtestsFailed') continue;
    const cause = error?.cause ?? error;
    const message = String(cause?.stack ?? cause?.message ?? cause ?? 'unknown error')
      .split('\n')
      .slice(0, 12)
      .join('\n      ');
    const where = file ? path.relative(process.cwd(), file) : '(unknown file)';
    failures.push(`  ✗ ${where} › ${name}\n      ${message}`);
  }
  if (failures.length > 0) yield `${failures.length} failed:\n${failures.join('\n')}\n`;
}
