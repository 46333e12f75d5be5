/** Unsigned LEB128 varints: 7 bits a byte, low first, high bit set while more follow. */

/** A growable byte buffer that varints are appended to. */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  /** Appends `value` (a non-negative integer below 2^32) as a varint. */
  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  /** Appends raw bytes. */
  raw(data: Uint8Array): void {
    this.room(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  /** The bytes written so far (a copy). */
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** Reads varints from `bytes`, starting at `at`. */
export class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.at++];
      if (b === undefined) throw new Error('varint: past the end');
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }
}
