// A Vitest reporter that fails the run when a test file it was given never ran. A browser project whose Chromium
// does not connect in time ("Failed to connect to the browser session … within the timeout") leaves its files
// unrun: Vitest prints the error and exits 1, but its summary counts nothing failed and nothing skipped, so 286
// tests can vanish from a green-looking summary (issue 22, item 10). This names each such file as failed, in the
// summary's place where a reader looks, and counts it for .ci/run's last line.
import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule, TestSpecification } from 'vitest/node';

/** Where .ci/run reads how many files never ran (set by it; unset elsewhere). */
const countFile = process.env.MEDPROSE_UNRUN_FILES_REPORT;

export default class EveryFileRan implements Reporter {
  private scheduled: TestSpecification[] = [];

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>) {
    this.scheduled = [...specifications];
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, _errors: unknown, reason: string) {
    if (reason === 'interrupted') return;
    const finished = new Set(
      testModules
        .filter((module) => module.state() !== 'queued' && module.state() !== 'pending')
        .map((module) => `${module.project.name}\0${module.moduleId}`),
    );
    const unrun = this.scheduled.filter((spec) => !finished.has(`${spec.project.name}\0${spec.moduleId}`));
    if (countFile) fs.writeFileSync(countFile, String(unrun.length));
    if (unrun.length === 0) return;
    const lines = unrun.map((spec) => `  FAIL [${spec.project.name}] ${path.relative(process.cwd(), spec.moduleId)}: never ran`);
    process.stderr.write(
      `\n${unrun.length} test file(s) never ran (a browser that did not start or connect, or a crashed worker); counted as failed:\n${lines.join('\n')}\n`,
    );
    process.exitCode = 1;
  }
}
