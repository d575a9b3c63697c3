#!/usr/bin/env bash
# Installs annalist into a temporary prefix, builds samples/plugin against the
# installed SDK with find_package(annalist), and runs the installed binary with it.
# Usage: sdk_package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAILED: $*" >&2; exit 1; }

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
[ -f "$work/prefix/lib/cmake/annalist/annalistConfig.cmake" ] || fail "no CMake package installed"
[ -f "$work/prefix/include/annalist/sdk/reader_plugin.hpp" ] || fail "no SDK headers installed"

# Built exactly as the comment in samples/plugin/CMakeLists.txt says (no generator,
# no build type), then again in Debug, with the warnings a user would see failing
# the test: a sample people copy must build cleanly.
cmake -S "$source_dir/samples/plugin" -B "$work/plugin" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/plugin" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "the plugin did not build"; }
[ -f "$work/plugin/annalist_eml.so" ] || fail "the plugin did not build"
! grep -q "warning:" "$work/build.log" || { cat "$work/build.log"; fail "the plugin builds with warnings"; }
cmake -S "$source_dir/samples/plugin" -B "$work/plugin-debug" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$work/plugin-debug" >"$work/debug.log" 2>&1 || { cat "$work/debug.log"; fail "the Debug build failed"; }
! grep -q "warning:" "$work/debug.log" || { cat "$work/debug.log"; fail "the Debug build warns"; }

annalist="$work/prefix/bin/annalist"
plugins=$("$annalist" plugins --plugin-dir "$work/plugin")
echo "$plugins" | grep -q "^eml .*$work/plugin/annalist_eml.so$" || fail "plugins does not list eml: $plugins"
echo "$plugins" | grep -q "^text .*$work/prefix/lib/annalist/plugins/annalist_text.so$" ||
  fail "the installed text reader is not found: $plugins"

# The sample message, read by the new plugin: published 2025-03-17 by its Date
# header, two dated sentences (checked by hand).
out=$("$annalist" build "$source_dir/samples/plugin/briefing.eml" --plugin-dir "$work/plugin" -t csv)
echo "$out" | grep -q '^2025-03-20,2025-03-20,day,2025-03-20,,.*,2025-03-17' || fail "no council meeting event: $out"
echo "$out" | grep -q '^2025-04-01,2025-04-01,day,2025-04-01,,.*,2025-03-17' || fail "no toll event: $out"
[ "$(echo "$out" | wc -l)" -eq 3 ] || fail "expected a header and two events: $out"
echo "1 passed, 0 failed"
