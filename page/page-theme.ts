/**
 * Light or dark: the card matches the background the mention sits on (the
 * first opaque background color up the tree), not the system setting, since
 * a page may be dark on a light system and the other way round.
 */

export type Theme = 'light' | 'dark';

/** Relative luminance (0..1) of a computed `rgb()`/`rgba()` color, or undefined when transparent or unknown. */
export function luminance(color: string): number | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/.exec(
    color.trim(),
  );
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The theme for a card over `el`: dark when the background behind it is dark. */
export function themeAt(el: Element | null, read = (e: Element) => getComputedStyle(e)): Theme {
  for (let cur = el; cur; cur = cur.parentElement) {
    const lum = luminance(read(cur).backgroundColor);
    if (lum !== undefined) return lum < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
