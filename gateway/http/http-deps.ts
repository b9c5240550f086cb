/**
 * @module http-deps
 * Everything the HTTP framework and the account routes need, as one object built at start
 * (supervisors) or by the test harness. Extend it (`interface DocumentDeps extends HttpDeps`)
 * rather than adding parameters.
 */
import type { Repositories } from '../../adapters/db/repositories.ts';
import type { Config } from '../../foundation/config.ts';
import type { Logger } from '../../foundation/logger.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { ClientAddress } from './client-address.ts';
import type { ServiceSecrets } from '../../foundation/service-secrets.ts';
import type { Metrics } from '../../foundation/metrics.ts';

export interface HttpDeps {
  config: Config;
  repos: Repositories;
  secrets: ServiceSecrets;
  log: Logger;
  metrics: Metrics;
  throttle: LoginThrottle;
  /** Request rate limits (routes with `rateLimit`); none when absent. */
  rateLimiter?: RateLimiter;
  /** Resolves the client address behind trusted proxies; the socket peer when absent. */
  clientAddress?: ClientAddress;
}
