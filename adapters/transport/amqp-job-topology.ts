/**
 * @module amqp-job-topology
 * Owns the names and the declaration of the job queues, so publishers, consumers and tests
 * agree on them:
 * - `${prefix}.jobs`: durable quorum queue, dead-lettering (at-least-once) to
 * - `${prefix}.jobs.dlx`: durable fanout exchange, bound to
 * - `${prefix}.jobs.dead`: durable classic queue read by `consumeDeadLetters`.
 * Why a quorum queue: it counts returns itself (`x-delivery-count` header on redelivery), so a
 * job whose worker died mid-job is counted as an attempt even though nobody could bump our own
 * `x-attempt` header, and `x-delivery-limit` dead-letters a job that keeps killing its workers
 * before any of our code sees it again (a backstop; our own count normally dead-letters first).
 * The limit is a constant because queue arguments must match on every declaration, by every
 * process. Fails like any channel operation: a mismatched existing queue closes the channel
 * with PRECONDITION_FAILED.
 */
import type { Channel } from 'amqplib';

/** Broker-side backstop; must be the same in every process that declares the queue. */
export const JOB_DELIVERY_LIMIT = 20;

export interface JobQueueNames {
  queue: string;
  dlx: string;
  dead: string;
}

export function jobQueueNames(prefix: string): JobQueueNames {
  return { queue: `${prefix}.jobs`, dlx: `${prefix}.jobs.dlx`, dead: `${prefix}.jobs.dead` };
}

export async function declareJobTopology(ch: Channel, names: JobQueueNames): Promise<void> {
  await ch.assertExchange(names.dlx, 'fanout', { durable: true });
  await ch.assertQueue(names.dead, { durable: true });
  await ch.bindQueue(names.dead, names.dlx, '');
  await ch.assertQueue(names.queue, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-dead-letter-exchange': names.dlx,
      'x-dead-letter-strategy': 'at-least-once',
      'x-overflow': 'reject-publish',
      'x-delivery-limit': JOB_DELIVERY_LIMIT,
    },
  });
}
