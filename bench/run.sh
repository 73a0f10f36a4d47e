#!/usr/bin/env bash
# Speed of `mailscreen scan` against the baseline it must stay near: the same pages through the
# `tesseract` command, one process per page, OMP_THREAD_LIMIT=1, as many in parallel as cores.
# Both run in this one invocation on the same machine, so the ratio is what counts, not the
# seconds. mailscreen runs with a plain environment (no OMP variable): its own guard must hold.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/mailscreen}
JOBS=${JOBS:-$(nproc)}
ROUNDS=${ROUNDS:-3}
out=bench/out
rm -rf "$out" && mkdir -p "$out/pages"
# 8 A4 letter pages from samples/ (200 and 300 dpi, PNG and JPEG)
for f in vn-letter-01.png vn-letter-02-nodiacritics.jpg en-letter-04.png vn-letter-06-grouped.png \
         warning-notice-police.png warning-notice-it.png legal-demand.png crypto-newsletter.png; do
    cp "samples/$f" "$out/pages/"
done
lang=$(sed -n 's/^languages = "\(.*\)"/\1/p' pipeline/ocr.toml)

now() { date +%s.%N; }
best() { sort -n | head -1; }

baseline() {
    ls "$out/pages"/* | OMP_THREAD_LIMIT=1 xargs -P "$JOBS" -I{} \
        sh -c 'tesseract "$1" - -l "$2" --psm 3 tsv >/dev/null 2>&1' _ {} "$lang"
}
ours() {
    env -u OMP_THREAD_LIMIT "$BIN" scan "$out/pages" --no-queue --quiet -j "$JOBS" --json-out "$out/results.jsonl" >/dev/null
}

echo "8 A4 pages, $JOBS jobs, languages $lang, best of $ROUNDS rounds"
for r in $(seq "$ROUNDS"); do
    t0=$(now); baseline; t1=$(now); ours; t2=$(now)
    awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "%.3f %.3f\n", b - a, c - b }' >> "$out/times"
done
b=$(cut -d' ' -f1 "$out/times" | best)
m=$(cut -d' ' -f2 "$out/times" | best)
printf 'tesseract CLI per page (OMP_THREAD_LIMIT=1, %s parallel): %6.2f s\n' "$JOBS" "$b"
printf 'mailscreen scan (plain environment, -j %s):            %6.2f s\n' "$JOBS" "$m"
awk -v m="$m" -v b="$b" 'BEGIN { printf "ratio mailscreen / tesseract: %.2f  (target <= 1.20)\n", m / b }'

echo
echo "== stage times on these pages (ordinary letters)"
env -u OMP_THREAD_LIMIT "$BIN" scan "$out/pages" --no-queue --quiet -j "$JOBS" --timings --json-out /dev/null 2>&1 >/dev/null | grep '^stage times'

echo
echo "== degraded-scan wallet set (tests/data/wallet-scans)"
ws=tests/data/wallet-scans
mkdir -p "$out/tess"
ls "$ws"/*.jpg "$ws"/*.png | OMP_THREAD_LIMIT=1 xargs -P "$JOBS" -I{} \
    sh -c 'tesseract "$1" "$2/$(basename "$1")" -l "$3" >/dev/null 2>&1' _ {} "$out/tess" "$lang"
env -u OMP_THREAD_LIMIT "$BIN" scan "$ws" --no-queue --quiet -j "$JOBS" --timings --json-out "$out/wallets.jsonl" 2>&1 >/dev/null | grep '^stage times'
python3 bench/wallet_recall.py "$ws/truth.json" "$out/tess" "$out/wallets.jsonl"

echo
echo "== threat language on the labelled letter sets (tests/data/threat-letters)"
for set in tuning heldout blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind36 blind37 blind38 blind39 blind40 blind41 blind42 blind43 blind44 blind45 blind46 blind47 blind48 blind49 blind50 blind51 blind52 blind53 blind54 blind55 blind56 blind57 blind58 blind59 blind60 blind61 blind62 blind63 blind64 blind65 blind66 blind67 blind68 blind69 blind70 blind71 blind72 blind73 blind74 blind75 blind76 blind77 blind78 blind79 blind80 blind81 blind82 blind83 blind84 blind85 blind86 blind87 blind88 blind89 blind90 blind91 blind92 blind93 blind94; do
    echo "-- $set"
    stages=$(env -u OMP_THREAD_LIMIT "$BIN" scan "tests/data/threat-letters/$set" --no-queue --quiet -j "$JOBS" \
        --timings --json-out "$out/threat-$set.jsonl" 2>&1 >/dev/null | grep '^stage times')
    echo "$stages"
    printf '%s\t%s\n' "$set" "$stages" >> "$out/threat-stages.tsv"
    python3 bench/threat_eval.py "$set" "$out/threat-$set.jsonl"
done
echo
echo "== shares of OCR time over the letter sets (bench/stage_shares.py)"
python3 bench/stage_shares.py "$out/threat-stages.tsv"
echo
echo "== printed wallets over the labelled letter sets (bench/letter_wallets.py)"
python3 bench/letter_wallets.py "$out"
echo
echo "== printed e-mail addresses over the labelled letter sets (bench/letter_emails.py)"
python3 bench/letter_emails.py "$out"
