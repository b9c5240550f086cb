/**
 * @module main
 * The process entry point (`npm start`): reads the configuration, starts the root supervisor
 * for ROLE, and shuts down gracefully on SIGTERM/SIGINT: stop accepting, finish what is in
 * flight, close pools and connections, exit 0. If the root supervisor gives up (a child kept
 * crashing past its restart intensity) the process exits 1 so its manager restarts it.
 */
import { loadConfig, ConfigError } from '../foundation/config.ts';
import { createLogger } from '../foundation/logger.ts';
import { startService } from './service.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.logLevel, { role: config.role, pid: process.pid });
  let stopping = false;
  const service = await startService(config, log, {
    onGiveUp: (err) => {
      log.error('giving up; exiting so the process manager restarts the service', { error: err.message });
      process.exit(1);
    },
  });
  log.info('service started', { role: config.role, port: service.port, dataDir: config.databaseUrl ? undefined : config.dataDir });

  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    service.stop().then(
      () => {
        log.info('stopped cleanly');
        process.exit(0);
      },
      (e: Error) => {
        log.error('error during shutdown', { error: e.message });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e: Error) => {
  process.stderr.write(`failed to start: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
