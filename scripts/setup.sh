#!/usr/bin/env bash
# Installs what leakscope needs beyond Java 17 and Maven: a Japanese font (IPAex), embedded in the
# PDF reports and letters and used to write the Japanese PDFs of generated sample leaks (the PDF
# tests extract the Japanese text back, so they need it); and Tesseract with its Japanese and
# English data, which `scan --ocr` uses for images and scanned PDFs (tested). Safe to run again.
set -euo pipefail
need=()
[ -f /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || need+=(fonts-ipaexfont)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx jpn || need+=(tesseract-ocr-jpn)
tesseract --list-langs 2>/dev/null | grep -qx eng || need+=(tesseract-ocr-eng)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
java -version 2>&1 | sed -n 1p
mvn -v 2>&1 | sed -n 1p
tesseract --version 2>&1 | sed -n 1p
