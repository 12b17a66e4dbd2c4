#!/usr/bin/env python3
# Counts test cases in meson's testlog.json files: every TAP subtest counts
# on its own, any other test counts as one. Prints "passed failed skipped".
import json
import re
import sys

TAP_LINE = re.compile(r'^(not )?ok\s+\d+(.*)$')

passed = failed = skipped = 0
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as log:
        for line in log:
            if not line.strip():
                continue
            entry = json.loads(line)
            result = entry.get('result', '')
            sub_pass = sub_fail = sub_skip = 0
            for out in (entry.get('stdout') or '').splitlines():
                m = TAP_LINE.match(out.strip())
                if not m:
                    continue
                directive = m.group(2).upper()
                if '# SKIP' in directive:
                    sub_skip += 1
                elif m.group(1) and '# TODO' not in directive:
                    sub_fail += 1
                else:
                    sub_pass += 1
            if sub_pass + sub_fail + sub_skip > 0:
                # a program that crashed after its last "ok" still failed
                if result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and sub_fail == 0:
                    sub_fail = 1
                passed += sub_pass
                failed += sub_fail
                skipped += sub_skip
            elif result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
            else:
                failed += 1

print(passed, failed, skipped)
