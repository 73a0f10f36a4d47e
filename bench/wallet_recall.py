#!/usr/bin/env python3
"""Share of printed wallets recovered exactly, by raw Tesseract and by mailscreen.

Usage: wallet_recall.py TRUTH_JSON TESSERACT_TXT_DIR MAILSCREEN_RESULTS_JSONL
Raw Tesseract counts as exact when the address appears in its text once spaces and line breaks
are removed (generous to it: grouped and split addresses count if the characters are right).
"""
import json
import os
import sys

truth, txt_dir, results = sys.argv[1:4]
pages = json.load(open(truth, encoding="utf-8"))["pages"]
found = {}
for line in open(results, encoding="utf-8"):
    r = json.loads(line)
    found[r["item"]] = [w["address"] for w in r["wallets"]]
raw = ours = wrong = 0
for p in pages:
    want = p["address"]
    if p["chain"] == "bitcoincash" and ":" not in want:
        want = "bitcoincash:" + want
    txt = open(os.path.join(txt_dir, p["file"] + ".txt"), encoding="utf-8").read()
    compact = "".join(txt.split())
    raw += (p["address"] in compact) or (p["address"].split(":")[-1] in compact)
    got = found.get(p["file"], [])
    ours += any(g in (want, want.lower()) for g in got)
    wrong += sum(g not in (want, want.lower()) for g in got)
n = len(pages)
print(f"wallets printed: {n}")
print(f"recovered exactly by raw Tesseract (vie+eng): {raw}/{n} ({100 * raw / n:.1f} %)")
print(f"recovered exactly by mailscreen:              {ours}/{n} ({100 * ours / n:.1f} %); wrong addresses reported: {wrong}")
