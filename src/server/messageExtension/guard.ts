import { isRecord } from '../../content';

const optionalRecord = (value: unknown) => value === undefined || isRecord(value);

/**
 * True for something shaped like a Teams activity: an object with a `type`, and for invokes a `name` and an
 * object `value`. The SDK's router reads these fields of every activity before any handler or middleware runs.
 */
export function isActivityEnvelope(body: unknown): boolean {
  return (
    isRecord(body) &&
    typeof body.type === 'string' &&
    (body.serviceUrl === undefined || typeof body.serviceUrl === 'string') &&
    optionalRecord(body.from) &&
    optionalRecord(body.recipient) &&
    optionalRecord(body.conversation) &&
    (body.type !== 'invoke' || (typeof body.name === 'string' && isRecord(body.value)))
  );
}
