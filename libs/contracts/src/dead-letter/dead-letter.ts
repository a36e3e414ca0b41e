/**
 * The dead-letter envelope (死信). After bounded retries the consumer runtime
 * copies the message to xuncha.dead-letter unchanged (key, value and original
 * headers, ce_* included) and adds these headers, so nothing is dropped
 * silently and an operator can replay it to its original topic.
 */
export const DEAD_LETTER_HEADERS = {
  reason: 'x-dead-letter-reason',
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  consumerGroup: 'x-consumer-group',
} as const;

export type DeadLetterHeader = (typeof DEAD_LETTER_HEADERS)[keyof typeof DEAD_LETTER_HEADERS];

/** How the AsyncAPI document explains each header. */
export const DEAD_LETTER_HEADER_DOCS: Record<
  DeadLetterHeader,
  { description: string; pattern?: string }
> = {
  'x-dead-letter-reason': {
    description:
      'Why the consumer gave up (死信原因): the last error, e.g. the validation problems ' +
      'naming each field',
  },
  'x-original-topic': {
    description: 'Topic the message was read from (原主题)',
  },
  'x-original-partition': {
    description: 'Partition it was read from, in decimal (原分区)',
    pattern: '^\\d+$',
  },
  'x-original-offset': {
    description: 'Offset it had there, in decimal (原偏移量)',
    pattern: '^\\d+$',
  },
  'x-consumer-group': {
    description: 'Consumer group that gave up on it (消费组)',
  },
};
