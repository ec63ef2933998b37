"""Where the training model's speed error sits, by device family, model width and sequence length.

Usage: build/default/tests/validation_test > /tmp/val.txt
       python3 tests/validation/bias_by_shape.py /tmp/val.txt

Reads the summary table that validation_test prints (case, sample, error) and the rows' solver
inputs from `make_training_cases.py --show` (no measured value is read from the records), and
prints, for dense fused-attention throughput rows without context parallelism, the median speed
ratio (predicted speed / measured speed: above 1 is fast) per group, out of sample and in sample
apart. A diagnostic for the next mechanism, not a test: it changes no prediction.
"""
import collections
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"Ampere": ("A100", "A100_40GB", "A800"),
            "Hopper": ("H100", "H800", "H200", "H100GrandTeton", "H100RoCE", "AwsP5"),
            "Blackwell": ("B200", "GB200", "B300", "GB300"),
            "AMD": ("MI300X", "MI325X", "MI350X", "MI355X"),
            "TPU": ("TPUv4", "TPUv5e", "TPUv5p", "TPUv6e", "TPU7x")}


def main(path):
    show = subprocess.run([sys.executable, os.path.join(HERE, "make_training_cases.py"), "--show", ""],
                          check=True, capture_output=True, text=True).stdout
    inputs = {l.split()[0]: dict(re.findall(r" ([A-Za-z_]+)=(\S+)", l))
              for l in show.splitlines() if l and " skipped: " not in l}
    groups = collections.defaultdict(list)
    try:
        table = open(path).read().splitlines()
    except OSError as e:
        sys.exit("bias_by_shape.py: cannot read %s: %s" % (path, e.strerror))
    for line in table:
        f = [x.strip() for x in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(f) < 7 or f[0] not in inputs or "peak memory" in f[1]:
            continue
        err = re.match(r"([+-]?[0-9.]+)%", f[6])
        kv = inputs[f[0]]
        if not err or kv["E"] != "0" or kv["attn"] != "fused" or kv["cp"] != "1":
            continue
        family = next((k for k, v in FAMILIES.items() if kv["hw"] in v), None)
        if family is None:
            continue
        e = float(err.group(1)) / 100
        ratio = 1 / (1 + e) if kv["metric"] == "step_time_s" else 1 + e  # predicted / measured speed
        h, seq = int(kv["h"]), int(kv["seq"])
        width = "h <= 1536" if h <= 1536 else "h <= 3072" if h <= 3072 else \
            "h <= 5120" if h <= 5120 else "h <= 8192" if h <= 8192 else "h > 8192"
        length = "s <= 2048" if seq <= 2048 else "s = 4096" if seq <= 4096 else "s >= 8192"
        groups[(family, "width", width, f[2])].append(ratio)
        groups[(family, "length", length, f[2])].append(ratio)
    if not groups:
        sys.exit("bias_by_shape.py: %s holds no row of validation_test's summary table (run "
                 "build/default/tests/validation_test > FILE and pass FILE)" % path)
    print("| Devices | By | Group | Sample | Rows | Median speed ratio |")
    print("|---|---|---|---|---|---|")
    for k in sorted(groups):
        print("| %s | %s | %s | %s | %d | %.2f |" % (*k, len(groups[k]), statistics.median(groups[k])))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
