#!/usr/bin/env python3
# Scores kabar's number groups (xref numberDiscrepancies) against Tests/KabarCoreTests/Fixtures/xref/number-reports.tsv
# on corpus/real and the bench. Usage: swift build -c release && FRESH=1 Scripts/score-number-groups.py
# (KABAR=path picks another binary; OUT=dir keeps its JSON, default /tmp/kabar-score).
import json,subprocess,os
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K=os.environ.get('KABAR',os.path.join(ROOT,'.build/release/kabar'))
SHARED=os.path.join(os.path.dirname(ROOT),'shared')
OUT=os.environ.get('OUT','/tmp/kabar-score')
os.makedirs(OUT,exist_ok=True)
fx=ROOT+'/Tests/KabarCoreTests/Fixtures/xref/number-reports.tsv'
rows=[l.rstrip('\n').split('\t') for l in open(fx) if not l.startswith('#') and not l.startswith('set\t')]
# A report is found by its article, place and text at the labelled offset or the nearest within 60
# characters (cleaning that adds or drops a few characters before it does not lose the label).
lab={}
for r in rows:
    s,g,aid,hd,st,en,tx,label=r
    lab.setdefault((s,aid,hd=='true',tx),[]).append((int(st),label))
def label_of(s,aid,hd,tx,st):
    near=[(abs(a-st),l) for a,l in lab.get((s,aid,hd,tx),[]) if abs(a-st)<=60]
    return min(near)[1] if near else None
def run(path,cache):
    f=os.path.join(OUT,f'xref-{cache}.json')
    if not os.path.exists(f) or os.environ.get('FRESH'):
        env=dict(os.environ,XDG_CACHE_HOME=OUT+'/cache')
        with open(f,'w') as out:
            subprocess.run([K,'xref',path,'--format','json'],stdout=out,stderr=subprocess.DEVNULL,env=env)
    return json.load(open(f))
tot_j=tot_r=0
for s,path in [('real',SHARED+'/corpus/real'),('bench',SHARED+'/corpus/bench/articles.jsonl.gz')]:
    d=run(path,s); arts=d['articles']; groups=d['numberDiscrepancies']
    judged=right=partial=0; wrong=[]
    for gi,g in enumerate(groups):
        labels=[label_of(s,arts[r['article']]['id'],r['inHeadline'],r['text'],r['range']['start']) for r in g['reports']]
        known=[x for x in labels if x is not None]
        if len(known)<len(labels):
            if len(known)>=2: partial+=1
            continue
        judged+=1
        nonjunk=[(x,arts[r['article']]['id']) for x,r in zip(labels,g['reports']) if not x.startswith('junk')]
        ok=len(set(x for x,_ in nonjunk))==1 and len(set(a for _,a in nonjunk))>=2 and len(nonjunk)==len(labels)
        if ok: right+=1
        else: wrong.append(gi)
    print(f"{s}: groups {len(groups)} judged {judged} right {right} precision {right/max(judged,1):.3f} (unjudged with >=2 known: {partial}) wrong: {wrong[:40]}")
    tot_j+=judged; tot_r+=right
print(f"all: {tot_r}/{tot_j} = {tot_r/max(tot_j,1):.3f}")
