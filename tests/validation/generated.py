"""Writes a generated C++ case table, or with --check compares it with the committed one.

Shared by make_training_cases.py and make_collective_cases.py. `--check` (the ctest
ValidationTablesAreGeneratedFromTheirRecords) leaves the file alone and exits 1 naming it when
the records (the JSON files, the first-prediction files, the rules) no longer generate what is
committed: a record edited without regenerating the table would otherwise test the old data.
"""
import os
import sys


def write_table(path, text):
    if "--check" in sys.argv[1:]:
        with open(path) as f:
            committed = f.read()
        if committed != text:
            sys.exit("%s is out of date: its records generate a different table; run python3 %s "
                     "and commit the result" % (path, os.path.relpath(sys.argv[0])))
        print("%s is up to date" % path)
        sys.exit(0)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)  # never a half-written table
