import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { lazySpotter } from './lazy-spotter';
import { createSpotterSteps } from './spotter';
import { drain, type Steps } from './steps';
import { generatedPeople } from './testing/generated-people';
import { seedText } from './testing/random-text';
import { SEED_ENTITIES } from './testing/seed-entities';
import { packFor, seedSpotter } from './testing/spot';

// Counts the loads the lazy spotter starts.
vi.mock('./spotter', async (original) => {
  const actual = await original<typeof import('./spotter')>();
  return { ...actual, createSpotterSteps: vi.fn(actual.createSpotterSteps) };
});
const loads = vi.mocked(createSpotterSteps);

/** Runs `steps` to the end; the result and how many times it yielded. */
function stepThrough<T>(steps: Steps<T>): { value: T; steps: number } {
  let count = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) count++;
  return { value: step.value, steps: count };
}

const texts = fc.sample(seedText(300, 50), { numRuns: 5, seed: 11 });
const big = packFor([...SEED_ENTITIES, ...generatedPeople(4000)]);

describe('lazySpotter', () => {
  it('loads nothing until used, then loads in the steps of the first spotSteps', () => {
    loads.mockClear();
    const spotter = lazySpotter(big);
    expect(spotter.loaded).toBe(false);
    expect(loads).not.toHaveBeenCalled();
    const first = stepThrough(spotter.spotSteps(texts[0]!));
    expect(spotter.loaded).toBe(true);
    const again = stepThrough(spotter.spotSteps(texts[0]!));
    expect(first.value).toEqual(again.value);
    // The load's steps came first: 4k people make arrays of many decode steps.
    expect(first.steps).toBeGreaterThan(again.steps + 20);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('spots what a spotter loaded at once spots', () => {
    const spotter = lazySpotter(packFor());
    for (const text of texts) {
      expect(drain(spotter.spotSteps(text))).toEqual(seedSpotter.spot(text));
      expect(spotter.spot(text, { pageDate: '2016-09-08' })).toEqual(
        seedSpotter.spot(text, { pageDate: '2016-09-08' }),
      );
    }
  });

  it('a spot during a stepped load finishes that load instead of starting another', () => {
    loads.mockClear();
    const spotter = lazySpotter(packFor());
    const scan = spotter.spotSteps(texts[1]!);
    scan.next();
    scan.next();
    expect(spotter.loaded).toBe(false);
    expect(spotter.spot(texts[2]!)).toEqual(seedSpotter.spot(texts[2]!));
    expect(drain(scan)).toEqual(seedSpotter.spot(texts[1]!));
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('two scans interleaved during the load share it', () => {
    loads.mockClear();
    const spotter = lazySpotter(packFor());
    const a = spotter.spotSteps(texts[3]!);
    const b = spotter.spotSteps(texts[4]!);
    let stepA = a.next();
    let stepB = b.next();
    while (!stepA.done || !stepB.done) {
      if (!stepA.done) stepA = a.next();
      if (!stepB.done) stepB = b.next();
    }
    expect(stepA.value).toEqual(seedSpotter.spot(texts[3]!));
    expect(stepB.value).toEqual(seedSpotter.spot(texts[4]!));
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('asks a pack given later for it once, on first use, and again only while it is missing', () => {
    const sent: { pack?: ReturnType<typeof packFor> } = {};
    const source = vi.fn(() => {
      if (!sent.pack) throw new Error('not here yet');
      return sent.pack;
    });
    const spotter = lazySpotter(source);
    expect(source).not.toHaveBeenCalled();
    expect(() => spotter.spot('John Kerry')).toThrow(/not here yet/);
    sent.pack = packFor();
    expect(spotter.spot('John Kerry met Lavrov.')).toEqual(
      seedSpotter.spot('John Kerry met Lavrov.'),
    );
    drain(spotter.spotSteps('John Kerry'));
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('a pack that cannot load fails every use with its own error', () => {
    const spotter = lazySpotter({ ...packFor(), formatVersion: 1 });
    expect(() => drain(spotter.spotSteps('John Kerry'))).toThrow(/rebuild it/);
    expect(() => spotter.spot('John Kerry')).toThrow(/rebuild it/);
    expect(() => drain(spotter.spotSteps('John Kerry'))).toThrow(/rebuild it/);
  });
});
