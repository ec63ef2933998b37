"""Checks bias_by_shape.py's arithmetic on a made-up summary table (session 47).

Writes two rows in validation_test's summary format for two real Hopper ZeRO-3 runs on 8 GPUs
without recomputation (T05 and YV08; their generated inputs come from
`make_training_cases.py --show`), with errors of +40% and +60% that are made up here, not
measured, then fails unless:
  - `--by-setup` puts T05 (in sample) at 1.40 and YV08 (out of sample) at 1.60 in "ZeRO-3 / FSDP,
    1-8 GPUs", T05 in "recompute none", skips the peak-memory row, and leaves out the repository
    groups of fewer than three rows;
  - the default view puts YV08 in "h <= 5120" at 1.60 and prints no setup group;
  - a missing file is refused by name, and so is an unknown option.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "bias_by_shape.py")
TABLE = """| Case | Quantity | Sample | Predicted | First prediction | Measured | Error |
|---|---|---|---|---|---|---|
| T05 | tokens/s/GPU | in | 1 | - | 1 | +40.0% |
| YV08 | tokens/s/GPU | out | 1 | - | 1 | +60.0% |
| YV08 | tokens/s/GPU, peak memory | out | 1 | - | 1 | -50.0% |
"""


def run(*args):
    return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True)


def require(cond, what, out):
    if not cond:
        sys.exit("check_bias_by_shape.py: %s\n--- output ---\n%s" % (what, out))


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "val.txt")
    with open(path, "w") as f:
        f.write(TABLE)
    setup = run("--by-setup", path)
    require(setup.returncode == 0, "--by-setup failed", setup.stdout + setup.stderr)
    out = setup.stdout
    require("| Hopper | zero | ZeRO-3 / FSDP, 1-8 GPUs | in | 1 | 1.40 |" in out,
            "T05 not in the in-sample ZeRO-3 1-8 GPU group at 1.40", out)
    require("| Hopper | zero | ZeRO-3 / FSDP, 1-8 GPUs | out | 1 | 1.60 |" in out,
            "YV08 not in the out-of-sample ZeRO-3 1-8 GPU group at 1.60 (or the memory row counted)",
            out)
    require("| Hopper | recompute | none | in | 1 | 1.40 |" in out, "recompute group wrong", out)
    require("| source |" not in out, "a repository group of fewer than three rows was printed", out)
    plain = run(path)
    require(plain.returncode == 0, "the default view failed", plain.stdout + plain.stderr)
    require("| Hopper | width | h <= 5120 | out | 1 | 1.60 |" in plain.stdout,
            "the default width view changed", plain.stdout)
    require("zero" not in plain.stdout, "the default view printed setup groups", plain.stdout)
    missing = run(os.path.join(d, "absent.txt"))
    require(missing.returncode != 0 and "absent.txt" in missing.stderr,
            "a missing file was not refused by name", missing.stdout + missing.stderr)
    typo = run("--by-set", path)
    require(typo.returncode != 0 and "--by-set" in typo.stderr,
            "an unknown option was not refused by name", typo.stdout + typo.stderr)
print("check_bias_by_shape.py: ok")
