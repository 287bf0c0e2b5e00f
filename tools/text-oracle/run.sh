#!/usr/bin/env bash
# Differential check of our java.util.regex and java.util.Formatter against HotSpot's, on HotSpot:
# the classlib sources are copied into the packages tre / tfm, compiled with the stock javac and run
# side by side with the JDK classes. Any output line starting with DIFF is a behaviour difference.
#   tools/text-oracle/run.sh [fuzz-seed [fuzz-count]]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$here/../../classlib/src/java/util
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tre" "$work/tfm"
for f in "$src"/regex/*.java; do
  sed 's/^package java.util.regex;/package tre;/' "$f" > "$work/tre/$(basename "$f")"
done
for f in Formatter FormatSpecifier FormattedDecimal; do
  sed 's/^package java.util;/package tfm;\nimport java.util.*;/' "$src/$f.java" > "$work/tfm/$f.java"
done
# IllegalFormatArgumentIndexException is package-private in our copy: report it as the JDK's class name
sed -i 's/new IllegalFormatArgumentIndexException(\([^)]*\))/new IllegalArgumentException("index " + (\1))/' "$work/tfm/FormatSpecifier.java"
# Formattable.formatTo takes the JDK's Formatter, not the copy: that branch is not compared here
sed -i 's/((Formattable) arg).formatTo(fmt, flags, width, precision);/if (fmt != null) throw new AssertionError(fmt);/' "$work/tfm/FormatSpecifier.java"
cp "$here"/*.java "$work/"
javac -nowarn -d "$work" -sourcepath "$work" "$work"/*.java "$work"/tre/*.java "$work"/tfm/*.java
java -cp "$work" RegexCompare "$here/regex-cases.txt"
java -cp "$work" RegexFuzz "${1:-1}" "${2:-3000}"
java -cp "$work" FormatCompare
java -cp "$work" FormatFuzz "${1:-1}" "${2:-3000}"
