#!/bin/sh
# Compares `cortado --javap -c -p` with the system JDK's `javap -c -p` for every
# class file under the given directories (and every class of the given jars).
# One javap and one cortado process per directory or jar: javap takes all the
# files at once, so the check costs two JVM start-ups, not one per class.
# No normalisation: the outputs must be identical byte for byte.
# Usage: compare.sh CORTADO JAVAP (DIR | JAR)...
# Cost: about 17 s for the ~980 release8/release17 sample classes (two javap runs dominate).
set -u
cortado=$1 javap=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for src in "$@"; do
    dir=$src
    if [ ! -d "$src" ]; then
        # javap takes java.* classes from the JDK whatever the class path says:
        # compare the jar's own class files by extracting them.
        dir="$work/jar" && rm -rf "$dir" && mkdir "$dir" && unzip -q "$src" -d "$dir" || exit 1
    fi
    find "$dir" -name '*.class' ! -name module-info.class | LC_ALL=C sort > "$work/list"
    xargs "$javap" -c -p < "$work/list" > "$work/expected" 2>&1
    xargs "$cortado" --javap -c -p < "$work/list" > "$work/actual" 2>&1
    n=$(wc -l < "$work/list")
    if [ "$n" -eq 0 ]; then
        echo "FAIL: $src: no class files (samples not built?)"
        status=1
        continue
    fi
    if ! diff "$work/expected" "$work/actual" > "$work/diff"; then
        echo "FAIL: $src: cortado --javap differs from javap (< javap, > cortado):"
        head -60 "$work/diff"
        status=1
    else
        echo "ok: $src: $n classes identical"
    fi
    # Which instructions the comparison exercised.
    sed -n 's/^ *[0-9][0-9]*: \([a-z][a-z_0-9]*\).*/\1/p' "$work/expected" >> "$work/mnemonics"
done
echo "distinct opcodes compared: $(LC_ALL=C sort -u "$work/mnemonics" | wc -l)"
exit $status
