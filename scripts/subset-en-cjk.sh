#!/bin/sh
# Makes src/assets/fonts/noto-sans-sc-en.woff2: the few Chinese characters English pages show (the language link
# "中文", unit hints such as "15亿", the Chinese column names the tools page accepts), cut from the Noto Sans SC the
# link-preview images already use (@expo-google-fonts/noto-sans-sc, SIL Open Font License 1.1).
# Why: without it an English page asks the system for a whole CJK font (~20 MB) for two characters of its header, and
# on Linux that costs ~0.1 s before the first paint on a 2-core machine (docs/bench-history.md, 2026-12-07).
# CHARS must list the same characters as the @font-face's unicode-range in src/styles/global.css; a built-output test
# (tests/e2e/built-output.spec.ts) fails when an English page shows a Chinese character the range leaves out.
# Needs fontTools with brotli (Debian: apt-get install python3-fonttools python3-brotli). Run from the repository root.
set -e
CHARS='中文亿万参数量词元计算损失'
python3 -m fontTools.subset node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf \
  --text="$CHARS" --layout-features='*' --name-IDs='*' --flavor=woff2 --output-file=src/assets/fonts/noto-sans-sc-en.woff2
printf '%s' "$CHARS" | python3 -c 'import sys; print(", ".join("U+%04X" % ord(c) for c in sorted(sys.stdin.read())))'
