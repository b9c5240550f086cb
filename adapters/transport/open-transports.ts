/**
 * @module open-transports
 * Owns the choice of job transport and status bus from config: RabbitMQ (both sharing one
 * AmqpConnection) when `config.amqpUrl` is set, in-process otherwise. Fails with
 * AppError('UNAVAILABLE') when the broker cannot be reached at start (after the connection's
 * initial retries) or the topology cannot be declared; what it opened is closed again then.
 */
import type { Config } from '../../foundation/config.ts';
import type { Logger } from '../../foundation/logger.ts';
import { AmqpConnection, type AmqpConnectionOptions } from './amqp-connection.ts';
import { AmqpJobTransport } from './amqp-job-transport.ts';
import { AmqpStatusBus } from './amqp-status-bus.ts';
import { InProcessJobTransport } from './in-process-job-transport.ts';
import { InProcessStatusBus } from './in-process-status-bus.ts';
import type { JobTransport } from './job-transport.ts';
import type { StatusBus } from './status-bus.ts';

export interface Transports {
  jobs: JobTransport;
  status: StatusBus;
  /** The shared broker connection (amqp only), e.g. for tests and diagnostics. */
  connection?: AmqpConnection;
  close(): Promise<void>;
}

export type OpenTransportsOptions = Partial<Omit<AmqpConnectionOptions, 'url' | 'log'>>;

export async function openTransports(
  config: Pick<Config, 'amqpUrl' | 'amqpPrefix'>,
  log: Logger,
  options: OpenTransportsOptions = {},
): Promise<Transports> {
  if (!config.amqpUrl) {
    const jobs = new InProcessJobTransport(log);
    const status = new InProcessStatusBus(log);
    return {
      jobs,
      status,
      async close() {
        await jobs.close();
        await status.close();
      },
    };
  }
  const connection = await AmqpConnection.open({ ...options, url: config.amqpUrl, log });
  try {
    const jobs = await AmqpJobTransport.open(connection, { prefix: config.amqpPrefix, log });
    const status = await AmqpStatusBus.open(connection, { prefix: config.amqpPrefix, log });
    return {
      jobs,
      status,
      connection,
      async close() {
        await jobs.close();
        await status.close();
        await connection.close();
      },
    };
  } catch (e) {
    await connection.close();
    throw e;
  }
}
