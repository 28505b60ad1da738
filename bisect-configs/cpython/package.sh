#!/bin/sh
# Lays the interpreter just built in the current CPython tree out as an installed one, in DEST (default
# bisector-dist): DEST/bin/python beside DEST/lib/pythonX.Y. The worktree moves on to other commits while
# good and bad must stay runnable from the artifact cache; laid out like this the interpreter finds its
# standard library next to itself (CPython's getpath looks for lib/pythonX.Y/os.py above the binary for
# its prefix, and for the folder lib/pythonX.Y/lib-dynload for its exec_prefix), on every 3.x version,
# with no PYTHONHOME, so it can run under -I.
set -eu
dest=${1:-bisector-dist}
version=$(sed -n 's/^VERSION=[[:space:]]*//p' Makefile)
[ -n "$version" ] || { echo "package.sh: no VERSION= in ./Makefile: run it at the top of a configured CPython tree" >&2; exit 1; }
[ -x python ] || { echo "package.sh: ./python was not built" >&2; exit 1; }
lib="$dest/lib/python$version"
rm -rf "$dest"
mkdir -p "$dest/bin" "$lib/lib-dynload"
# lib-dynload stays empty after 'make python' on 3.11 and later. A copy that keeps files only drops an empty
# folder, and without it python warns "Could not find platform dependent libraries <exec_prefix>" and puts
# the configured exec_prefix's lib-dynload (another Python's, if one is installed there) on sys.path.
# A file in it keeps it; python imports nothing from a name without a module suffix.
echo "exec_prefix landmark: keeps this folder in copies that keep files only" > "$lib/lib-dynload/.keep"
cp python "$dest/bin/python"
# The standard library without its tests and tools: what a microbenchmark imports, at a fifth of the size.
tar -C Lib --exclude=./test --exclude='./*/tests' --exclude=./idlelib --exclude=./tkinter --exclude=./turtledemo \
    --exclude=./lib2to3 --exclude='__pycache__' -cf - . | tar -C "$lib" -xf -
# Extension modules built as shared libraries (none with 'make python' on 3.11, some on older trees).
for dir in build/lib.*; do
  [ -d "$dir" ] && cp -R "$dir"/. "$lib/lib-dynload/"
done
# The standard library's bytecode, compiled now: otherwise the first run of each build compiles what it imports, and
# an exact count of that run (callgrind) is a tenth higher than every later one. A module that does not compile on
# this version is left to be compiled (or not imported) at run time, as before.
"$dest/bin/python" -I -S -m compileall -q "$lib" >/dev/null 2>&1 || true
exit 0
