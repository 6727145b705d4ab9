#!/usr/bin/env python3
"""Writes the demo corpus's articles as JSON Lines: the example article and 30 English Wikinews
articles (CC BY 2.5) whose plain text is rebuilt from the tokens of their MEANTIME annotation
(CAT XML), with the Wikinews address and publication date.

    python3 scripts/demo-articles.py ../shared/data/meantime \\
        > server/src/main/resources/org/herodotus/server/demo/demo-articles.jsonl

MEANTIME keeps each article as tokens with sentence numbers: sentence 0 is the headline, sentence
1 the dateline (the creation-time TIMEX3 gives the date). The text is the headline, a blank line,
the dateline, and each sentence of the body as its own paragraph (the corpus keeps no paragraph
breaks), the tokens joined with the spaces English puts between them. The title and the list of
articles with their addresses go to the README beside the output (--readme FILE).
"""
import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# doc_id of the articles taken: the ones naming the most places and people in each topic folder
ARTICLES = [
    # airbus
    "4764", "62929", "78496", "61389", "73808", "108294", "87805", "129865", "71526",
    # apple
    "10450", "58383", "37313", "89284", "40203",
    # gm
    "127227", "31706", "79240", "125796", "123881", "143480", "118147", "39951", "118175",
    # stock
    "96770", "62405", "116834", "115711", "113227", "113267", "251007",
]

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", "’s", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "#"}
CURRENCY = {"$", "US$", "£", "€", "A$", "C$", "AU$", "CA$", "NZ$", "HK$"}


def detokenize(tokens):
    out = []
    quote_open = False
    glue_next = False
    # Penn Treebank quotes back to typographic ones
    tokens = ["\u201c" if t == "``" else "\u201d" if t == "''" else t for t in tokens]
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t == '"':
            if quote_open:
                out.append(t)
                quote_open = False
                glue_next = False
            else:
                out.append((" " if out else "") + t)
                quote_open = True
                glue_next = True
            continue
        space = bool(out) and not glue_next and t not in NO_SPACE_BEFORE and t != "\u201d"
        if re.fullmatch(r"'(s|S|re|ve|ll|d|m)|n't", t) or (t == "'" and out and out[-1].endswith("s")):
            space = False  # clitics, and the possessive of a plural: "Beatles' Apple"
        out.append((" " if space else "") + t)
        # an opening bracket or quote, and a currency sign before its number, take no space after
        glue_next = t in NO_SPACE_AFTER or t == "\u201c" or (
            t in CURRENCY and nxt[:1].isdigit())
    return "".join(out).strip()


def read(path):
    root = ET.parse(path).getroot()
    sentences = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
    date = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            date = timex.get("value")
    lines = [detokenize(sentences[n]) for n in sorted(sentences)]
    headline, dateline, body = lines[0], lines[1], lines[2:]
    text = headline + "\n\n" + dateline + "\n\n" + "\n\n".join(body) + "\n"
    url = root.get("url").replace("http://", "https://", 1)
    return {
        "id": "wikinews-" + root.get("doc_id"),
        "title": headline,
        "date": date,
        "url": url,
        "text": text,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("meantime", type=Path, help="the MEANTIME folder (../shared/data/meantime)")
    ap.add_argument("--example", type=Path, default=Path(__file__).parent.parent / "examples"
                    / "karabakh-2023-09-20.txt")
    ap.add_argument("--readme", type=Path, help="write the list of articles to this README")
    args = ap.parse_args()
    folder = args.meantime / "meantime_newsreader_english_oct15" / "intra_cross-doc_annotation"
    files = {p.name.split("_", 1)[0]: p for p in folder.glob("corpus_*/*.xml")}
    records = [{
        "id": "karabakh-2023-09-20",
        "date": "2023-09-20",
        "text": args.example.read_text(encoding="utf-8"),
    }]
    for doc_id in ARTICLES:
        records.append(read(files[doc_id]))
    for r in records:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.readme:
        with open(args.readme, "a", encoding="utf-8") as out:
            for r in records[1:]:
                out.write("- [%s](%s), %s\n" % (r["title"], r["url"], r["date"]))


if __name__ == "__main__":
    main()
