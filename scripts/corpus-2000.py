#!/usr/bin/env python3
"""Writes the 2,000-article benchmark corpus input as JSON Lines: the first 1,000 distinct BBC News
articles (by category and number: business/001 ...) and the first 1,000 distinct Reuters-21578
bodies (by NEWID; a text met before is left out),
each with an id of its own (bbc/business/001, reuters/1), its title and, for Reuters, its date.

    scripts/corpus-2000.py ../shared/data > /tmp/corpus-2000.jsonl
"""
import importlib.util, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('nt', os.path.join(here, 'news-texts.py'))
nt = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nt)

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', 'shared', 'data')
out = sys.stdout
seen = set()


def new(text):
    """False for a text met before (the BBC set repeats some stories word for word)."""
    key = ' '.join(text.lower().split())
    if key in seen:
        return False
    seen.add(key)
    return True


n = 0
for cat in sorted(os.listdir(os.path.join(data, 'bbc-news'))):
    folder = os.path.join(data, 'bbc-news', cat)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        if n >= 1000 or not name.endswith('.txt'):
            continue
        text = nt.bbc_text(data, cat, name[:-4])
        if not new(text):
            continue
        out.write(json.dumps({'id': 'bbc/%s/%s' % (cat, name[:-4]), 'text': text}) + '\n')
        n += 1
months = {m: i + 1 for i, m in enumerate('JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split())}
docs = nt.reuters_docs(data)
m = 0
for newid in sorted(docs, key=int):
    if m >= 1000:
        break
    doc = docs[newid]
    if '<BODY>' not in doc:
        continue
    text = nt.reuters_text(data, newid)
    if not new(text):
        continue
    date = re.search(r'<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})', doc)
    record = {'id': 'reuters/' + newid, 'text': text}
    if date:
        record['date'] = '%s-%02d-%02d' % (date.group(3), months[date.group(2)], int(date.group(1)))
    out.write(json.dumps(record) + '\n')
    m += 1
print('wrote %d BBC and %d Reuters articles' % (n, m), file=sys.stderr)
