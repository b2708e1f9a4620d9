#!/usr/bin/env bash
# Regenerates Japan's national holidays (国民の祝日, with substitute and citizens' holidays) from the
# Cabinet Office list as the npm package @holiday-jp/holiday_jp ships it (MIT). The obligations
# engine moves a deadline that falls on a closed day; the result is committed, so builds need
# neither npm nor network.   scripts/update-holidays.sh [version]
set -euo pipefail
version=${1:-2.5.1}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/leakscope-core/src/main/resources/io/leakscope/core/obligations/jp-holidays.tsv"
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@holiday-jp/holiday_jp@$version" >/dev/null && tar xzf holiday-jp-holiday_jp-*.tgz package/lib/holidays.js)
python3 - "$work/package/lib/holidays.js" "$out" "$version" <<'PY'
import re, sys
src, out, version = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
rows = re.findall(r'date: "(\d{4}-\d{2}-\d{2})",\s*week: "[^"]*",\s*week_en: "[^"]*",\s*name: "([^"]*)"', text)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Japanese national holidays (date, name), Cabinet Office list via npm @holiday-jp/holiday_jp@%s\n" % version)
    for date, name in sorted(set(rows)):
        f.write("%s\t%s\n" % (date, name))
PY
echo "wrote $(grep -vc '^#' "$out") holidays to $out"
