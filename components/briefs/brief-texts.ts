/**
 * The text of briefs by global index, read from their shards on demand and
 * kept for the most recently used shards (a search's hits and an entity's
 * timeline touch a few shards of the 59; all of them would be 29 MB of JSON).
 */
import { shardOf, type BriefShard } from '../../core/brief-timeline';
import type { PackBrief } from '../../core/pack';

/** Shards kept in memory. */
const KEEP = 12;

export class BriefTexts {
  private readonly shards = new Map<number, BriefShard>();
  private readonly pending = new Map<number, Promise<void>>();

  constructor(
    private readonly loadShard: (n: number) => Promise<BriefShard>,
    private readonly shardSize: number,
  ) {}

  /** Brief `index`, if its shard is loaded. */
  get(index: number): PackBrief | undefined {
    const shard = this.shards.get(shardOf(index, this.shardSize));
    return shard?.briefs[index - shard.first];
  }

  /** Loads the shards holding `indices` (at most KEEP at once); resolves when they are in. */
  async need(indices: readonly number[]): Promise<void> {
    const wanted = [...new Set(indices.map((i) => shardOf(i, this.shardSize)))].slice(0, KEEP);
    for (const n of wanted) {
      const shard = this.shards.get(n);
      if (shard) {
        // Most recently used last.
        this.shards.delete(n);
        this.shards.set(n, shard);
      }
    }
    await Promise.all(wanted.filter((n) => !this.shards.has(n)).map((n) => this.load(n)));
  }

  private load(n: number): Promise<void> {
    let p = this.pending.get(n);
    if (!p) {
      p = this.loadShard(n)
        .then((shard) => {
          this.shards.set(n, shard);
          while (this.shards.size > KEEP) this.shards.delete(this.shards.keys().next().value!);
        })
        .finally(() => this.pending.delete(n));
      this.pending.set(n, p);
    }
    return p;
  }
}
