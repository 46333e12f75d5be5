import { describe, expect, it } from 'vitest';
import { PageModel, topmostContainers } from './page-model';
import type { BlockMention } from './spot-blocks';
import { drain as run } from '../core/steps';
import { collectBlocksNow } from './testing/run-task';
import type { TextBlock } from './text-blocks';
const mentionIn = (block: TextBlock): BlockMention =>
  ({ block, start: 0, end: 1, mention: { name: block.text } }) as BlockMention;
const $ = (id: string) => document.getElementById(id)!;

function setup() {
  document.body.innerHTML =
    '<p id="a">A</p><div id="d"><p id="b">B</p><p id="c">C</p></div><p id="e">E</p>';
  const model = new PageModel();
  const blocks = collectBlocksNow(document.body);
  model.reset(blocks, [mentionIn(blocks[1]!)]);
  return model;
}
const texts = (model: PageModel) => model.blocks.map((b) => b.text).join('');

describe('PageModel', () => {
  it('drops blocks inside dirty containers and reports lost mentions', () => {
    const model = setup();
    expect(run(model.dropStale([$('d')], document.body))).toBe(true);
    expect(texts(model)).toBe('AE');
    expect(model.mentions()).toEqual([]);
  });

  it('drops blocks whose nodes left the document, even under a clean container', () => {
    const model = setup();
    $('c').remove();
    expect(run(model.dropStale([], document.body))).toBe(false);
    expect(texts(model)).toBe('ABE');
  });

  it('inserts recollected blocks at their container in document order', () => {
    const model = setup();
    $('b').textContent = 'B2';
    run(model.dropStale([$('d')], document.body));
    model.insert($('d'), collectBlocksNow($('d')));
    expect(model.blocks.map((b) => b.text)).toEqual(['A', 'B2', 'C', 'E']);
  });

  it.each([
    ['at the start', 'a'],
    ['at the end', 'e'],
  ])('inserts a new container %s', (_, id) => {
    const model = setup();
    run(model.dropStale([$(id)], document.body));
    model.insert($(id), collectBlocksNow($(id)));
    expect(texts(model)).toBe('ABCE');
  });

  it('orders text directly in the root around a recollected container', () => {
    document.body.innerHTML = 'before<p id="p">P</p>after';
    const model = new PageModel();
    model.reset(collectBlocksNow(document.body), []);
    run(model.dropStale([$('p')], document.body));
    model.insert($('p'), collectBlocksNow($('p')));
    expect(model.blocks.map((b) => b.text)).toEqual(['before', 'P', 'after']);
  });

  it('counts its changes in a version: mentions set or added, blocks dropped or inserted', () => {
    const model = setup();
    const start = model.version;
    model.setMentions(model.mentions());
    model.addMentions([]);
    expect(model.version).toBe(start + 2);
    run(model.dropStale([], document.body)); // nothing stale: no change
    expect(model.version).toBe(start + 2);
    $('a').remove();
    run(model.dropStale([], document.body));
    expect(model.version).toBe(start + 3);
  });

  it('keeps mentions per block in document order', () => {
    const model = setup();
    const [a, , c] = model.blocks;
    model.addMentions([mentionIn(c!), mentionIn(a!)]);
    expect(model.mentions().map((m) => m.mention.name)).toEqual(['A', 'B', 'C']);
  });
});

describe('topmostContainers', () => {
  it('keeps containers not inside another', () => {
    setup();
    expect(topmostContainers([$('b'), $('d'), $('a'), $('b')], document.body)).toEqual([
      $('d'),
      $('a'),
    ]);
    expect(topmostContainers([$('b'), document.body], document.body)).toEqual([document.body]);
  });
});
