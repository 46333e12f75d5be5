import { describe, expect, it } from 'vitest';
import { providePageKit, takePageKit, type PageKit } from './page-kit-slot';

describe('page kit slot', () => {
  const kit: PageKit = {
    card: { css: '.bs-card{}', paint: () => undefined },
  };

  it('hands the content script the kit its script left', () => {
    const world = {};
    providePageKit(kit, world);
    expect(takePageKit(world)).toBe(kit);
  });

  it('says so clearly when the kit script did not run', () => {
    expect(() => takePageKit({})).toThrow(/page kit script did not run/);
  });
});
