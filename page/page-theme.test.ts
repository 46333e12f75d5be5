import { describe, expect, it } from 'vitest';
import { luminance, themeAt } from './page-theme';

describe('page theme', () => {
  it.each([
    ['rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 0)', 0],
    ['rgba(0, 0, 0, 0)', undefined],
    ['rgba(0, 0, 0, 0.2)', undefined],
    ['rgb(0 0 0 / 80%)', 0],
    ['oklch(0.5 0.1 200)', undefined],
  ])('luminance of %s is %s', (color, lum) => {
    expect(luminance(color)).toBe(lum);
  });

  it.each([
    ['<div style="background-color: rgb(20, 20, 24)"><p id="t">x</p></div>', 'dark'],
    ['<div style="background-color: rgb(250, 250, 250)"><p id="t">x</p></div>', 'light'],
    [
      '<div style="background-color: rgb(18, 18, 18)"><div style="background-color: rgb(255, 255, 255)"><p id="t">x</p></div></div>',
      'light',
    ],
    ['<p id="t">x</p>', 'light'],
  ])('%s is %s', (html, theme) => {
    document.body.innerHTML = html;
    expect(themeAt(document.getElementById('t'))).toBe(theme);
  });
});
