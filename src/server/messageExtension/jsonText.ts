/**
 * A response body that is already JSON, held as UTF-8 bytes and sent as they are by the messaging endpoint (no
 * serializing, measuring or encoding per request). Anything else that serializes it gets the same JSON value.
 */
export class JsonText {
  readonly bytes: Buffer;

  constructor(json: string | Buffer) {
    this.bytes = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  }

  /** One JSON text from parts that are JSON text or JSON punctuation, copied once. */
  static concat(parts: readonly (JsonText | Buffer)[]): JsonText {
    return new JsonText(Buffer.concat(parts.map((part) => (part instanceof JsonText ? part.bytes : part))));
  }

  get text(): string {
    return this.bytes.toString('utf8');
  }

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}
