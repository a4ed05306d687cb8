import { closeSessions, disconnectBrowser } from '../helpers/suite';

// Every test, whatever it asserts, also fails when a page it opened reported a CSP violation, threw,
// or asked another host for anything.
afterEach(async () => {
  const problems = await closeSessions();
  if (problems.length) throw new Error(`The pages of this test misbehaved:\n- ${problems.join('\n- ')}`);
});

afterAll(async () => {
  await disconnectBrowser();
});
