/**
 * @module service-with-user
 * A test file's shared service and user (apart from ./service.ts, which benches import too:
 * this one registers tap hooks).
 */
import t from 'tap';
import { registerAndLogin } from './http-server.ts';
import { startTestService, type TestService } from './service.ts';

/**
 * One service for a whole test file and one registered user on it: started before the file's
 * first test, stopped after its last. Read `svc` and `key` inside the tests (they are set by then).
 */
export function serviceWithUser(env: Record<string, string> = {}): { svc: TestService; key: string } {
  const shared = {} as { svc: TestService; key: string };
  t.before(async () => {
    shared.svc = await startTestService(env);
    shared.key = (await registerAndLogin(shared.svc.base)).apiKey;
  });
  t.teardown(() => shared.svc?.stop());
  return shared;
}
