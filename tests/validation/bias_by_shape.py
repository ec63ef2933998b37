"""Where the training model's speed error sits, by device family, model width and sequence length.

Usage: build/default/tests/validation_test > /tmp/val.txt
       python3 tests/validation/bias_by_shape.py /tmp/val.txt

Reads the summary table that validation_test prints (case, sample, error) and the rows' solver
inputs from `make_training_cases.py --show` (no measured value is read from the records), and
prints, for dense fused-attention throughput rows without context parallelism, the median speed
ratio (predicted speed / measured speed: above 1 is fast) per group, out of sample and in sample
apart. A diagnostic for the next mechanism, not a test: it changes no prediction.

       python3 tests/validation/bias_by_shape.py --by-setup /tmp/val.txt

groups the same rows by device family and instead by how the run was set up: ZeRO stage (3 or
less) with the GPU count (1-8, 9-64, more), the recomputation mode, and the source repository
(from `make_training_cases.py --sources`, which prints ids, titles and URLs, never a measured
value); groups of fewer than three rows are left out of the repository table (session 47).
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


def repositories():
    """Each record's source repository (owner/name on GitHub, else the URL's host)."""
    out = subprocess.run([sys.executable, os.path.join(HERE, "make_training_cases.py"), "--sources"],
                         check=True, capture_output=True, text=True).stdout
    repo = {}
    for line in out.splitlines():
        f = line.split("\t")
        if len(f) >= 3 and f[2]:
            u = re.sub(r"^https?://", "", f[2].split()[0]).split("/")
            repo[f[0]] = "/".join(u[1:3]) if u[0] == "github.com" and len(u) >= 3 else u[0]
    return repo


def shape_groups(kv, family):
    """The (family, by, group) keys of one row for the default view: model width, sequence length."""
    h, seq = int(kv["h"]), int(kv["seq"])
    width = "h <= 1536" if h <= 1536 else "h <= 3072" if h <= 3072 else \
        "h <= 5120" if h <= 5120 else "h <= 8192" if h <= 8192 else "h > 8192"
    length = "s <= 2048" if seq <= 2048 else "s = 4096" if seq <= 4096 else "s >= 8192"
    return [(family, "width", width), (family, "length", length)]


def setup_groups(kv, family, repo, cid):
    """The (family, by, group) keys of one row for --by-setup."""
    n = int(kv["n"])
    gpus = "1-8 GPUs" if n <= 8 else "9-64 GPUs" if n <= 64 else "> 64 GPUs"
    zero = "ZeRO-3 / FSDP" if kv["zero"] == "3" else "ZeRO 0-2"
    return [(family, "zero", "%s, %s" % (zero, gpus)), (family, "recompute", kv["rc"]),
            (family, "source", repo.get(cid, "?"))]


def main(path, by_setup=False):
    repo = repositories() if by_setup else {}
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
        keys = setup_groups(kv, family, repo, f[0]) if by_setup else shape_groups(kv, family)
        for key in keys:
            groups[key + (f[2],)].append(ratio)
    if not groups:
        sys.exit("bias_by_shape.py: %s holds no row of validation_test's summary table (run "
                 "build/default/tests/validation_test > FILE and pass FILE)" % path)
    print("| Devices | By | Group | Sample | Rows | Median speed ratio |")
    print("|---|---|---|---|---|---|")
    for k in sorted(groups):
        if by_setup and k[1] == "source" and len(groups[k]) < 3:
            continue
        print("| %s | %s | %s | %s | %d | %.2f |" % (*k, len(groups[k]), statistics.median(groups[k])))


if __name__ == "__main__":
    args = sys.argv[1:]
    setup = "--by-setup" in args
    args = [a for a in args if a != "--by-setup"]
    unknown = [a for a in args if a.startswith("--")]
    if unknown:
        sys.exit("bias_by_shape.py: unknown option %s (the only option is --by-setup)\n%s"
                 % (unknown[0], __doc__))
    if len(args) != 1:
        sys.exit(__doc__)
    main(args[0], setup)
