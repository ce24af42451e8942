import type { Reporter, TestModule } from 'vitest/node';

/**
 * Adds one machine-readable line at the very end of a run, after vitest's own summary:
 *   `N passed, N failed` (and `, N skipped` when some were)
 * A test file that fails to load counts as one failure, so a broken file cannot pass silently.
 * Use: vitest run --reporter=default --reporter=./test/cli/summary-reporter.ts (as .ci/run does).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const m of testModules) {
      let tests = 0;
      for (const t of m.children.allTests()) {
        tests++;
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && tests === 0) failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
