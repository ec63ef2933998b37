"""Checks that `make_training_cases.py --show` never prints a measured value (session 44).

A blind wave is wired by looking at its generated rows before any prediction is computed; the
view must leave out what was measured. This runs `--show ""` (every row), then fails naming the
row if a line carries a measured field (measured=, mem=) or any of the row's measured numbers
that has four or more significant digits (shorter ones, such as 8 or 0.5, would match layer
counts and degrees by coincidence).
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
out = subprocess.run([sys.executable, os.path.join(HERE, "make_training_cases.py"), "--show", ""],
                     check=True, capture_output=True, text=True).stdout
measured = {}
for f in glob.glob(os.path.join(HERE, "training_cases*.json")):
    for c in json.load(open(f)):
        measured[c["id"]] = [x["value"] for x in c.get("measured", [])
                             if isinstance(x.get("value"), (int, float))]


STRUCTURAL = ("L", "h", "f", "a", "kv", "V", "E", "k", "fe", "shared", "n", "seq", "gbs", "mb", "tp",
              "pp", "cp", "ep", "dp", "v", "zero", "per_node")


def significant(v):
    return len(("%.10g" % abs(v)).replace(".", "").lstrip("0").rstrip("0"))


lines = [l for l in out.splitlines() if l and " skipped: " not in l]
if len(lines) < 100:
    sys.exit("check_show_is_blind.py: --show printed %d rows, expected every generated row" % len(lines))
bad = []
for line in lines:
    cid = line.split(" ", 1)[0]
    keys = set(re.findall(r" ([a-z_0-9]+)=", line))
    for k in ("measured", "mem"):
        if k in keys:
            bad.append("%s prints the field %s" % (cid, k))
    # The shape and layout integers come from the record's model and config, not its measurement;
    # a measured value can equal one by coincidence (W16's 16,384 tokens/s and its FFN width).
    free = re.sub(r" (%s)=\d+(?= |$)" % "|".join(STRUCTURAL), "", line)
    for v in measured.get(cid, []):
        if significant(v) < 4:
            continue
        for form in {"%g" % v, repr(float(v)), str(v)}:
            if re.search(r"(?<![\d.])%s(?![\d])" % re.escape(form), free):
                bad.append("%s prints one of its measured values" % cid)
if bad:
    sys.exit("check_show_is_blind.py: --show is not blind:\n  " + "\n  ".join(sorted(set(bad))))
print("--show printed %d rows and no measured value" % len(lines))
