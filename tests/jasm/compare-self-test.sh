#!/usr/bin/env bash
# compare-with-jasmin.sh must fail when the classes differ: run it with a
# "broken assembler" (cortado-jasm on a copy with one instruction changed).
set -uo pipefail
jasm=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v jasmin >/dev/null || { echo "SKIP: jasmin-sable is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/broken-jasm" <<WRAPPER
#!/usr/bin/env bash
sed 's/^  idiv\$/  irem/' "\$3" > "$tmp/\$(basename "\$3")"
exec "$jasm" -d "\$2" "$tmp/\$(basename "\$3")"
WRAPPER
chmod +x "$tmp/broken-jasm"
if bash "$here/compare-with-jasmin.sh" "$tmp/broken-jasm" "$here/Directives.j" > "$tmp/out"; then
  echo "FAIL: the comparison passed although idiv became irem"; cat "$tmp/out"; exit 1
fi
grep -q '^+.*irem' "$tmp/out" || { echo "FAIL: the difference is not shown:"; cat "$tmp/out"; exit 1; }
echo "ok: compare-with-jasmin.sh reports a changed instruction"
