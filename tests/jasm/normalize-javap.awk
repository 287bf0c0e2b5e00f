# Normalises `javap -c -v -p` output so that two assemblers' class files
# compare equal when they differ only in constant-pool numbering:
#  - the header lines that name the file, its date and checksum are dropped;
#  - the class-file version is dropped (Sable's jasmin always writes 46.0;
#    cortado-jasm's version is checked by the run tests and unit tests);
#  - each constant-pool entry becomes "kind value" (what it resolves to, as
#    javap's comment says) and the pool is sorted;
#  - every "#N" (or "#N.#M", "#N:#M") reference elsewhere is removed, leaving
#    javap's comment that names what it refers to.
/^Classfile / || /^  Last modified/ || /^  SHA-256 checksum/ || /^  MD5 checksum/ { next }
/^  minor version:/ || /^  major version:/ { next }
/^Constant pool:/ { inpool = 1; print; next }
inpool && /^ *#[0-9]+ = / {
  line = $0
  sub(/^ *#[0-9]+ = /, "", line)
  kind = line; sub(/ .*/, "", kind)
  value = line
  if (index(value, "//") > 0) { sub(/.*\/\/ */, "", value) }
  else if (value == kind) { value = "" }
  else { sub(/^[A-Za-z]+ +/, "", value) }
  pool[++npool] = "  " kind " " value
  next
}
inpool {
  inpool = 0
  # insertion sort: mawk has no asort, and a pool is a few hundred entries
  for (i = 2; i <= npool; i++) {
    v = pool[i]
    for (j = i - 1; j >= 1 && pool[j] > v; j--) pool[j + 1] = pool[j]
    pool[j + 1] = v
  }
  for (i = 1; i <= npool; i++) print pool[i]
}
{
  gsub(/#[0-9]+([.:]#[0-9]+)?/, "")
  gsub(/  +/, " ")
  print
}
