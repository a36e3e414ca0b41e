/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as
 * `ce_*` headers and the Kafka value is the JSON payload alone. The bus runtime
 * writes and reads these names; the AsyncAPI document describes them.
 */
export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const PAYLOAD_CONTENT_TYPE = 'application/json';

export const CE_HEADERS = {
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  specVersion: 'ce_specversion',
  subject: 'ce_subject',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  contentType: 'content-type',
} as const;
