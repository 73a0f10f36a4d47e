"""The labelled letters' pages beside their scan results, for the bench scripts that count what
the results report against what the letters print (letter_wallets.py, letter_emails.py)."""
import glob
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def pages(results_dir):
    """Yields (truth page, result) for every page of every set with a RESULTS_DIR/threat-SET.jsonl."""
    for path in sorted(glob.glob(os.path.join(results_dir, "threat-*.jsonl"))):
        name = os.path.basename(path)[len("threat-"):-len(".jsonl")]
        truth_path = os.path.join(ROOT, "tests/data/threat-letters", name, "truth.json")
        truth = json.load(open(truth_path, encoding="utf-8"))["pages"]
        results = {}
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            results[r["item"]] = r
        for page in truth:
            yield page, results[page["file"]]
