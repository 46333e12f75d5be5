import { describe, expect, it } from 'vitest';
import type { CardKit } from '../../components/card/card-kit';
import { provideCardKit, takeCardKit } from './card-kit-slot';

describe('card kit slot', () => {
  const kit: CardKit = { css: '.bs-card{}', paint: () => undefined };

  it('hands the kit the kit script left to the content script', () => {
    const world = {};
    provideCardKit(kit, world);
    expect(takeCardKit(world)).toBe(kit);
  });

  it('says so clearly when the kit script did not run', () => {
    expect(() => takeCardKit({})).toThrow(/card kit script did not run/);
  });
});
