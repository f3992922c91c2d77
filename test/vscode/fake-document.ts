/** A document as the analysis cache reads it: its text and a version that each edit raises. */
export class FakeDocument {
  constructor(public text: string, public version = 1) {}
  getText(): string {
    return this.text;
  }
  edit(text: string): void {
    this.text = text;
    this.version++;
  }
}
