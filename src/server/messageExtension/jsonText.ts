/**
 * A response body that is already JSON, sent as it is by the messaging endpoint. Anything else that serializes
 * it gets the same JSON value.
 */
export class JsonText {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}
