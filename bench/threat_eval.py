#!/usr/bin/env python3
"""Recall and false-positive rate of `mailscreen scan` on the labelled letter set
(tests/data/threat-letters/{tuning,heldout}/truth.json), overall and per group. Usage:
    bench/threat_eval.py SET RESULTS.jsonl [--misses]     (SET: tuning or heldout)
The same figures are computed and enforced by tests/integration/threat_eval.rs."""
import json
import os
import sys
from collections import defaultdict

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
truth = json.load(open(os.path.join(root, "tests/data/threat-letters", sys.argv[1], "truth.json"), encoding="utf-8"))["pages"]
results = {}
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    results[r["item"]] = r
groups = defaultdict(lambda: [0, 0])
wrong = []
for p in truth:
    r = results[p["file"]]
    key = ("extortion", p["group"]) if p["label"] == "extortion" else ("benign", p["group"], p["kind"])
    groups[key][0] += 1
    groups[key][1] += r["flagged"]
    if r["flagged"] != (p["label"] == "extortion"):
        wrong.append((p["file"], r["score"], r["reasons"]))


def total(pred):
    n = sum(v[0] for k, v in groups.items() if pred(k))
    f = sum(v[1] for k, v in groups.items() if pred(k))
    return n, f


n, f = total(lambda k: k[0] == "extortion")
print(f"extortion letters flagged (recall): {f}/{n} = {100 * f / n:.1f} %")
for k in sorted(k for k in groups if k[0] == "extortion"):
    print(f"  {k[1]:<18} {groups[k][1]}/{groups[k][0]}")
n, f = total(lambda k: k[0] == "benign")
print(f"benign letters flagged (false-positive rate): {f}/{n} = {100 * f / n:.1f} %")
for g in ("hard-negative", "ordinary"):
    n, f = total(lambda k: k[0] == "benign" and k[1] == g)
    if n:
        print(f"  {g}: {f}/{n} = {100 * f / n:.1f} %")
    for k in sorted(k for k in groups if k[0] == "benign" and k[1] == g):
        print(f"    {k[2]:<22} {groups[k][1]}/{groups[k][0]}")
if "--misses" in sys.argv:
    for w in wrong:
        print(w[0], w[1])
        for r in w[2]:
            print("   ", r)
