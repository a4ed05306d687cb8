const { writeSync } = require('node:fs');

// Ends the run with one line "N passed, N failed" that CI reads. A test file that could not run at all
// (a syntax error, a failing beforeAll) counts as failed, so a broken suite never reads as green.
class CountReporter {
  onRunComplete(_contexts, results) {
    const brokenFiles = results.testResults.filter(
      (file) => file.testExecError || (file.failureMessage && file.numFailingTests === 0),
    ).length;
    const failed = results.numFailedTests + brokenFiles + (results.runExecError ? 1 : 0);
    const line = `${results.numPassedTests} passed, ${failed} failed`;
    // After jest's own summary and the global teardown, so it is the last line of the output.
    process.once('exit', () => writeSync(1, `\n${line}\n`));
  }
}

module.exports = CountReporter;
