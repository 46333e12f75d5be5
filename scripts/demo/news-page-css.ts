/** The demo news page's stylesheet: a plain broadsheet look with system fonts only. */
export const newsPageCss = `
  :root { --ink: #1a1a1a; --muted: #5c5c5c; --rule: #d9d4cc; --accent: #a4161a; }
  * { box-sizing: border-box; }
  body { margin: 0; background: #fbfaf7; color: var(--ink);
    font: 19px/1.65 Georgia, 'Liberation Serif', 'Times New Roman', serif; }
  .masthead { border-bottom: 1px solid var(--rule); background: #fff; text-align: center; }
  .topline { display: flex; justify-content: space-between; max-width: 1120px; margin: 0 auto;
    padding: 8px 24px; font: 13px/1.4 'Liberation Sans', Arial, sans-serif; color: var(--muted); }
  .brand { font: 700 44px/1.1 'Liberation Serif', Georgia, serif; letter-spacing: 0.02em;
    padding: 6px 0 14px; }
  nav { display: flex; justify-content: center; gap: 28px; padding: 10px 0;
    border-top: 3px double var(--ink); font: 600 14px/1 'Liberation Sans', Arial, sans-serif;
    text-transform: uppercase; letter-spacing: 0.06em; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 56px;
    justify-content: center; padding: 36px 24px 56px; }
  .kicker { color: var(--accent); font: 700 13px/1 'Liberation Sans', Arial, sans-serif;
    text-transform: uppercase; letter-spacing: 0.08em; }
  h1 { font: 700 40px/1.15 'Liberation Serif', Georgia, serif; margin: 12px 0 14px; }
  .standfirst { font-size: 21px; line-height: 1.45; color: #3b3b3b; margin: 0 0 18px; }
  .byline { display: flex; gap: 14px; flex-wrap: wrap; padding: 10px 0; margin-bottom: 22px;
    border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule);
    font: 14px/1.4 'Liberation Sans', Arial, sans-serif; color: var(--muted); }
  .byline .source { color: var(--ink); font-weight: 700; }
  .byline span + span::before, .byline time::before { content: '·'; margin-right: 14px; }
  article p { margin: 0 0 18px; }
  .dateline { font-weight: 700; letter-spacing: 0.04em; }
  .credit { font-style: italic; color: var(--muted); font-size: 16px; }
  aside { font: 15px/1.5 'Liberation Sans', Arial, sans-serif; color: #333;
    border-top: 3px solid var(--ink); padding-top: 10px; align-self: start; }
  aside h2 { font-size: 14px; text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 8px; }
  footer { border-top: 1px solid var(--rule); padding: 18px 24px; text-align: center;
    font: 13px/1.4 'Liberation Sans', Arial, sans-serif; color: var(--muted); }
  @media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } }
`;
