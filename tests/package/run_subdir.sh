#!/usr/bin/env bash
# Builds a consumer that add_subdirectory()s the mlsysim source tree.
# Usage: run_subdir.sh <mlsysim-source-dir> <scratch-dir>
set -euo pipefail
src=$1 scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"
cmake -S "$here/subdir" -B "$scratch" -G Ninja -DMLSYSIM_SOURCE="$src" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$scratch" -j "$(nproc)" >/dev/null
"$scratch/consumer"
