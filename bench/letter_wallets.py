#!/usr/bin/env python3
"""Printed wallets recovered by `mailscreen scan` over the labelled letter sets: every address
the letters' truth text prints (TRON, EVM, Bitcoin base58 and bech32), against the wallets the
results report, and every reported address the letter does not print (a wrong repair). Lost
wallets are split into those that were not even a candidate and those reported as unverified.
Usage: bench/letter_wallets.py RESULTS_DIR   (RESULTS_DIR/threat-SET.jsonl per set)"""
import re
import sys

from letter_pages import pages

printed = re.compile(r"\b(T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{11,71}"
                     r"|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
total = found = wrong = no_candidate = unverified = 0
for page, r in pages(sys.argv[1]):
    want = {w.lower() for w in printed.findall(" ".join(page["text"]))}
    got = {w["address"].lower() for w in r["wallets"]}
    total += len(want)
    found += len(want & got)
    wrong += len(got - want)
    for _ in want - got:
        if r["unverified_wallets"]:
            unverified += 1
        else:
            no_candidate += 1
print(f"printed wallets recovered: {found}/{total} ({100 * found / max(total, 1):.1f} %); "
      f"wrong addresses reported: {wrong}")
print(f"lost: {no_candidate} not a candidate, {unverified} reported as unverified strings")
