#!/usr/bin/env python3
"""Printed e-mail addresses read by `mailscreen scan` over the labelled letter sets: every
address the letters' truth text prints, against the addresses the results report. An address
reported that the letter does not print is a misreading an analyst could act on; those with a
`second_reading` (the box read again disagreed before the `@`) tell the analyst to look.
Usage: bench/letter_emails.py RESULTS_DIR   (RESULTS_DIR/threat-SET.jsonl per set)"""
import re
import sys

from letter_pages import pages

printed = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
total = exact = misread = flagged = lost = 0
for page, r in pages(sys.argv[1]):
    want = {e.lower() for e in printed.findall(" ".join(page["text"]))}
    got = {e["address"]: e for e in r["emails"]}
    total += len(want)
    exact += len(want & set(got))
    wrong = [e for a, e in got.items() if a not in want]
    misread += len(wrong)
    flagged += sum(1 for e in wrong if e.get("second_reading"))
    lost += max(0, len(want - set(got)) - len(wrong))
print(f"printed e-mail addresses read exactly: {exact}/{total} ({100 * exact / max(total, 1):.1f} %)")
print(f"misread and reported: {misread}, of them {flagged} with a disagreeing second reading; "
      f"not found at all: {lost}")
