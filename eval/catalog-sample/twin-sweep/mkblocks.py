#!/usr/bin/env python3
"""The twin sweep's blocks (eval/catalog-sample/README.md, round 13): every entity of a built pack
listed under each fairly rare word of its names (2 to 150 entities have it; first names of people
left out), events and actors apart, sorted by first brief; plus acronym blocks. Writes
blocks-1.txt … blocks-5.txt in the current folder, one part per reviewer.

Usage: python3 mkblocks.py PACK_DIR   (demonyms.json: the demonym → country table of
pipeline/kb/same-thing.ts, so `Russian` and `Russia` are one word here)
"""
import json, glob, os, re, unicodedata, math, sys, collections
PACK = sys.argv[1] if len(sys.argv) > 1 else '/work/pack-head'
cards = json.load(open(f'{PACK}/cards.json')); ents = cards['entities']
shards = {}
for f in glob.glob(f'{PACK}/briefs/*.json'):
    s = json.load(open(f)); shards[s['first']] = s['briefs']
B = []
for k in sorted(shards): B.extend(shards[k])
DEM = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'demonyms.json')))
def fold(s):
    s = unicodedata.normalize('NFKD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace('’', "'")
STOP = set('the of in and a an on for to s de al el la le du des del by at from with against over during its his her their as or new'.split())
MONTHS = set('january february march april may june july august september october november december'.split())
def ntoks(s):
    w = re.findall(r"[a-z0-9]+", fold(s))
    out = set()
    for x in w:
        if x in STOP or x in MONTHS or re.fullmatch(r'\d+', x): continue
        out.add(DEM.get(x, x))
    return out
def acronym(s):
    w = [x for x in re.findall(r"[A-Za-z]+", s) if x.lower() not in STOP]
    return ''.join(x[0] for x in w).lower() if len(w) >= 2 else None
def names(e): return [e['name'], *e.get('aliases', []), (e.get('wikipedia') or '').replace('_', ' ')]
EVENT = {'event'}
fam = lambda k: 'e' if k in EVENT else 'a'
N = len(ents)
tok = [set().union(*(ntoks(n) for n in names(e))) for e in ents]
acr = [set(filter(None, (acronym(n) for n in names(e)))) for e in ents]
years = [set(re.findall(r'\b(?:19|20)\d\d\b', e['name'])) for e in ents]
df = collections.Counter(t for s in tok for t in s)
CAP = 150
KL = {'person':'P','organization':'O','country':'C','group':'G','place':'L'}
def line(i):
    e = ents[i]; s = e.get('span', {})
    k = KL.get(e['kind'], 'E:' + e['kind'])
    return f"  {e['id']} [{k} {len(e.get('briefs', []))} {s.get('first','')[:4]}-{s.get('last','')[:4]}]"
blocks = collections.defaultdict(set)
for i, s in enumerate(tok):
    for t in s:
        if 2 <= df[t] <= CAP: blocks[t].add(i)
acr_of = collections.defaultdict(set)
for i, s in enumerate(acr):
    for a in s:
        if len(a) >= 3: acr_of[a].add(i)
for a, l in acr_of.items():
    hits = {i for i, s in enumerate(tok) if a in s} | {i for i, e in enumerate(ents) if re.fullmatch(a, re.sub(r'[^a-z]', '', e['name'].lower()) or '')}
    if hits - l: blocks['acronym ' + a.upper()] = l | hits
out = []
for t in sorted(blocks):
    for f in ('a', 'e'):
        l = sorted((i for i in blocks[t] if fam(ents[i]['kind']) == f), key=lambda i: ents[i].get('span', {}).get('first', ''))
        if len(l) < 2: continue
        if f == 'a' and all(ents[i]['kind'] == 'person' and fold(ents[i]['name']).split()[0] == t for i in l): continue
        out.append((t, f, l))
print(len(out), 'blocks', sum(len(l) for _, _, l in out), 'lines', file=sys.stderr)
parts = 5; total = sum(len(l) for _, _, l in out); acc = 0; p = 0
files = [open(f'blocks-{k+1}.txt', 'w') for k in range(parts)]
for t, f, l in out:
    if acc > (p + 1) * total / parts and p < parts - 1: p += 1
    files[p].write(f"## {t} ({'actors' if f == 'a' else 'events'})\n" + '\n'.join(line(i) for i in l) + '\n')
    acc += len(l)
