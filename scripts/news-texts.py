#!/usr/bin/env python3
"""Writes the texts of the news articles our own gold sets point into, as the eval reads them.

    scripts/news-texts.py DATA_DIR OUT_DIR ID...        (or ids on standard input)

Ids: `bbc/<category>/<NNN>` (../shared/data/bbc-news/<category>/<NNN>.txt, read as UTF-8 with
replacement) and `reuters/<NEWID>` (../shared/data/reuters21578: the title, a blank line, the
dateline and the body, SGML entities unescaped, control entities and the closing "Reuter" line
dropped). Offsets in the standoff files count UTF-16 code units of exactly these texts (the same as
Python's str indices for these ASCII/Latin-1 texts). Each text is written to OUT_DIR/<id>.txt and
its SHA-1 printed, which the standoff files record so that a changed reading is caught.
"""
import hashlib, html, os, re, sys

def bbc_text(data, cat, num):
    with open(os.path.join(data, 'bbc-news', cat, num + '.txt'), 'rb') as f:
        return f.read().decode('utf-8', errors='replace')

_reuters = None
def reuters_docs(data):
    global _reuters
    if _reuters is None:
        _reuters = {}
        folder = os.path.join(data, 'reuters21578')
        for name in sorted(os.listdir(folder)):
            if not name.endswith('.sgm'):
                continue
            with open(os.path.join(folder, name), 'rb') as f:
                raw = f.read().decode('latin-1')
            for m in re.finditer(r'<REUTERS [^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
                _reuters[m.group(1)] = m.group(2)
    return _reuters

def unescape(s):
    s = re.sub(r'&#\d+;', '', s)
    return html.unescape(s)

def reuters_text(data, newid):
    doc = reuters_docs(data)[newid]
    title = re.search(r'<TITLE>(.*?)</TITLE>', doc, re.S)
    dateline = re.search(r'<DATELINE>(.*?)</DATELINE>', doc, re.S)
    body = re.search(r'<BODY>(.*?)</BODY>', doc, re.S)
    if not body:
        raise SystemExit('reuters/%s has no body' % newid)
    b = unescape(body.group(1)).rstrip()
    b = re.sub(r'\s*\bReuter\s*$', '', b).rstrip()
    t = unescape(title.group(1)).strip() if title else ''
    d = unescape(dateline.group(1)).strip() if dateline else ''
    text = t + '\n\n' + (d + ' ' if d else '') + b.lstrip() + '\n'
    return text

def text_of(data, ident):
    parts = ident.split('/')
    if parts[0] == 'bbc' and len(parts) == 3:
        return bbc_text(data, parts[1], parts[2])
    if parts[0] == 'reuters' and len(parts) == 2:
        return reuters_text(data, parts[1])
    raise SystemExit('unknown article id: ' + ident)

def main():
    data, out = sys.argv[1], sys.argv[2]
    ids = sys.argv[3:] or [l.strip() for l in sys.stdin if l.strip() and not l.startswith('#')]
    for ident in ids:
        text = text_of(data, ident)
        path = os.path.join(out, ident + '.txt')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        print(ident, hashlib.sha1(text.encode('utf-8')).hexdigest(), sep='\t')

if __name__ == '__main__':
    main()
