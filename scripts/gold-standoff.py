#!/usr/bin/env python3
"""Turns an annotator's JSON Lines (words and occurrence numbers, as the guidelines in
eval/src/main/resources/org/herodotus/eval/news/ ask) into the standoff TSV the eval reads:
offsets into the article texts and codes, no article text.

    scripts/gold-standoff.py events ANNOTATIONS.jsonl TEXTS_DIR SHA1.tsv > events.tsv
    scripts/gold-standoff.py quotes ANNOTATIONS.jsonl TEXTS_DIR SHA1.tsv > quotes.tsv

TEXTS_DIR holds the texts as scripts/news-texts.py writes them; SHA1.tsv is its output (id, sha1),
copied into the header so that the eval can tell when it reads a text differently. Articles are
split into halves by the SHA-1 of their id: `tune` (even first byte) and `heldout` (odd).
"""
import hashlib, json, sys


def occurrence(text, needle, n):
    at = -1
    for _ in range(n):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def half(article):
    return 'tune' if hashlib.sha1(article.encode()).digest()[0] % 2 == 0 else 'heldout'


def main():
    kind, annotations, texts, shas = sys.argv[1:5]
    sha = dict(l.rstrip('\n').split('\t') for l in open(shas) if l.strip())
    rows, problems = [], 0
    for line in open(annotations, encoding='utf-8'):
        if not line.strip():
            continue
        a = json.loads(line)
        text = open('%s/%s.txt' % (texts, a['article']), encoding='utf-8').read()
        if kind == 'events':
            start = occurrence(text, a['trigger'], int(a['occurrence']))
            if start < 0:
                print('not found: %r' % a, file=sys.stderr)
                problems += 1
                continue
            rows.append((a['article'], start, start + len(a['trigger']), a['code'],
                         a['source'] or '-', a['target'] or '-', a.get('flags') or '-'))
        else:
            start = occurrence(text, a['quote_start'], int(a['occurrence']))
            if start < 0:
                print('not found: %r' % a, file=sys.stderr)
                problems += 1
                continue
            s_start = s_end = -1
            if a['speaker_text'] not in ('-', '') and int(a.get('speaker_occurrence') or 0) > 0:
                s_start = occurrence(text, a['speaker_text'], int(a['speaker_occurrence']))
                if s_start < 0:
                    print('speaker not found: %r' % a, file=sys.stderr)
                    problems += 1
                    continue
                s_end = s_start + len(a['speaker_text'])
            rows.append((a['article'], start, a['kind'], s_start, s_end,
                         a['speaker'] if a['speaker'] else '-', a.get('speaker_type') or '-'))
    articles = sorted(set(r[0] for r in rows) | set(sha))
    out = sys.stdout
    if kind == 'events':
        out.write('# news events gold (issue #14): article, trigger start, end, CAMEO code, source, target, flags\n')
    else:
        out.write('# BBC quotes gold (issue #15): article, quote start (first character after the mark),'
                  ' kind, speaker mention start, end (-1 when unnamed), speaker, speaker type\n')
    for art in articles:
        out.write('#article\t%s\t%s\t%s\n' % (art, sha.get(art, '-'), half(art)))
    for r in sorted(rows, key=lambda r: (r[0], r[1])):
        out.write('\t'.join(str(x) for x in r) + '\n')
    print('%d rows, %d articles, %d problems' % (len(rows), len(set(r[0] for r in rows)), problems), file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
