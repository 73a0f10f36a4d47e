#!/usr/bin/env python3
"""Shares of OCR time over the labelled letter sets, from the `--timings` lines `make bench`
keeps (one `SET<TAB>stage times …` line per set): the wording (threat phrases, fuzzy and
proximity rules, the language model — the matching the < 2 % target is about) and the whole
text extraction without re-reads (the wording plus wallet, e-mail and contact search).
Usage: bench/stage_shares.py STAGES.tsv"""
import re
import sys

PCT = r"([\d.]+) s \(([\d.]+) % of OCR\)"
LINE = re.compile(r"OCR ([\d.]+) s; .*text extraction " + PCT + r" of which re-reads " + PCT
                  + r" and wording " + PCT)


def main(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        name, _, stages = line.rstrip("\n").partition("\t")
        m = LINE.search(stages)
        if not m:
            sys.exit(f"{path}: no stage times for {name}: {stages!r}")
        ocr, text, reread, wording = (float(m[i]) for i in (1, 2, 4, 6))
        rows.append((name, 100 * wording / ocr, 100 * (text - reread) / ocr))
    if not rows:
        sys.exit(f"{path}: no sets")
    for label, i in (("wording (threat matching, language model)", 1),
                     ("text extraction without re-reads", 2)):
        lo, hi = min(rows, key=lambda r: r[i]), max(rows, key=lambda r: r[i])
        over = [r[0] for r in rows if r[i] >= 2.0]
        print(f"{label}: {lo[i]:.2f} % ({lo[0]}) to {hi[i]:.2f} % ({hi[0]}) of OCR time over "
              f"{len(rows)} sets; at or over 2 %: {', '.join(over) or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1])
