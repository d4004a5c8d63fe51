#!/usr/bin/env bash
# The page of `malkedja serve` in Debian's Chromium, driven by puppeteer-core (tests/page/, installed
# from its lockfile with npm ci into the build folder): the sample files dropped and picked, the
# counts, the tree and the findings seen, every download the same bytes as the command's output
# (export, import, sk generate, sk collect), screenshots at 1280 and 390 px not blank, no console error.
source "$(dirname "$0")/common.sh" "$@"
source "$here/serve_common.sh"
requires chromium node npm cmp
samples=$here/../../samples

# puppeteer-core, once per lockfile, beside the build.
modules=$(dirname "$(realpath "$malkedja")")/tests/page-node
stamp=$(sha256sum "$here/../page/package-lock.json" | cut -c1-16)
if [[ ! -f $modules/$stamp ]]; then
  rm -rf "$modules" && mkdir -p "$modules"
  cp "$here/../page/package.json" "$here/../page/package-lock.json" "$modules/"
  (cd "$modules" && npm ci --no-audit --no-fund >npm.log 2>&1) || { echo "FAIL npm ci: $(tail -5 "$modules/npm.log")"; exit 1; }
  touch "$modules/$stamp"
fi
cp "$here/../page/serve_page_test.mjs" "$modules/"

# The sample files in one folder, under the names the browser gives them.
mkdir -p "$work/in" "$work/downloads" "$work/shots" "$work/expected/sk" "$work/previous"
cp "$samples"/uppfoljning/atagande-2018.xlsx "$samples"/uppfoljning/verksamhetsplan-2019.xlsx \
  "$samples"/malkedja/grundskolenamnden-arbetsplan.docx "$samples"/sk/sk-mall-2023-2024.docx \
  "$samples"/sk/sk-mall-2023-2024.odt "$samples"/skolor/skolor.xlsx "$samples"/resultat/normer-varden-2023.xlsx \
  "$samples"/sk/exempelskolan-ifylld-2023.docx "$work/in/"
cd "$work/in" || exit 1
dropped=(atagande-2018.xlsx verksamhetsplan-2019.xlsx)
picked=(grundskolenamnden-arbetsplan.docx sk-mall-2023-2024.docx sk-mall-2023-2024.odt skolor.xlsx
  normer-varden-2023.xlsx exempelskolan-ifylld-2023.docx)

start_server
timeout 600 node "$modules/serve_page_test.mjs" "$base/" "$work/downloads" "$work/shots" \
  "${dropped[@]/#/$work/in/}" -- "${picked[@]/#/$work/in/}" || failed=1

# What the commands write from the same files, in the same order.
for extension in xlsx ods csv docx odt html json; do
  "$malkedja" export "${dropped[@]}" -o "$work/expected/rapport.$extension" 2>/dev/null
done
"$malkedja" import "${dropped[@]}" -o "$work/expected/uppfoljning.xml" 2>/dev/null
"$malkedja" import sk-mall-2023-2024.docx sk-mall-2023-2024.odt grundskolenamnden-arbetsplan.docx \
  -o "$work/expected/malkedja.xml" 2>/dev/null
cp exempelskolan-ifylld-2023.docx "$work/previous/"
"$malkedja" sk generate --template sk-mall-2023-2024.docx --template sk-mall-2023-2024.odt --format both \
  --chain "$work/expected/malkedja.xml" --schools skolor.xlsx --results normer-varden-2023.xlsx \
  --previous "$work/previous" --lasar 2024/25 -o "$work/expected/sk" 2>/dev/null || fail "sk generate"
for extension in xlsx ods; do
  "$malkedja" sk collect exempelskolan-ifylld-2023.docx -o "$work/expected/sk-insamling.$extension" 2>/dev/null
done
for name in rapport.{xlsx,ods,csv,docx,odt,html,json} uppfoljning.xml malkedja.xml sk-insamling.{xlsx,ods}; do
  if cmp -s "$work/downloads/$name" "$work/expected/$name"; then
    echo "ok   $name is the command's output byte for byte"
  else
    fail "$name differs from the command's output"
  fi
done
/usr/bin/python3 - "$work/downloads/sk-dokument-2024-25.zip" "$work/expected/sk" <<'PY' || fail "the SK zip differs from sk generate"
import os, sys, zipfile
archive, folder = zipfile.ZipFile(sys.argv[1]), sys.argv[2]
names = sorted(archive.namelist())
assert names == sorted(os.listdir(folder)), (names, sorted(os.listdir(folder)))
for name in names:
    assert archive.read(name) == open(os.path.join(folder, name), "rb").read(), name
print(f"ok   the SK zip holds the {len(names)} documents of sk generate byte for byte")
PY

for shot in page-1280 page-390; do
  /usr/bin/python3 "$here/png_not_blank.py" "$work/shots/$shot.png" && echo "ok   $shot.png is not blank" ||
    fail "$shot.png is blank"
done
[[ -n ${MK_KEEP_SCREENSHOTS:-} ]] && cp "$work"/shots/*.png "$MK_KEEP_SCREENSHOTS/"
exit "$failed"
