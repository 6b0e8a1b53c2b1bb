#!/usr/bin/env bash
# Checks start.bat without a cmd.exe: CRLF line endings, balanced parentheses, every goto/call
# target a label, every file it names present; then compiles scripts/StartMockApi.java (what
# start.bat runs) for Java 21 and runs scripts/StartMockApiTest.java against it. What this cannot
# check: docs/operations.md#windows.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 - start.bat <<'PY'
import os, re, sys

path = sys.argv[1]
data = open(path, 'rb').read()
errors = []
if re.search(rb'(?<!\r)\n', data) or not data.endswith(b'\r\n'):
    errors.append('lines must end in CRLF (see .gitattributes); cmd.exe misreads labels otherwise')
lines = data.decode('ascii').split('\r\n')
labels, targets, depth = set(), [], 0
for n, line in enumerate(lines, 1):
    code = line.strip()
    if re.match(r'(?i)(rem\b|::|echo\b)', code):
        continue
    if code.startswith(':'):
        labels.add(code[1:].split()[0].lower())
        continue
    targets += [(n, t.lower()) for t in re.findall(r'(?i)\b(?:goto\s+:?|call\s+:)([\w.-]+)', code)]
    for file in re.findall(r'(?<![%\w])((?:[\w.-]+\\)*[\w.-]+\.(?:java|cmd|bat))\b', code):
        if not os.path.exists(file.replace('\\', '/')):
            errors.append(f'line {n}: {file} is not in the repository')
    for ch in re.sub(r'"[^"]*"|\^.', '', code):
        depth += {'(': 1, ')': -1}.get(ch, 0)
        if depth < 0:
            errors.append(f'line {n}: ")" closes nothing')
            depth = 0
if depth:
    errors.append(f'{depth} "(" never closed')
errors += [f'line {n}: no label :{t}' for n, t in targets if t not in labels and t != 'eof']
for error in errors:
    print(f'{path}: {error}', file=sys.stderr)
sys.exit(1 if errors else 0)
PY
# The launcher runs mvnw.cmd on Windows.
[ -f mvnw.cmd ] || { echo "start.bat: mvnw.cmd, which scripts/StartMockApi.java runs, is missing" >&2; exit 1; }

. scripts/java-env.sh
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac --release 21 -Xlint:all -Werror -d "$classes" scripts/StartMockApi.java
out=$(java -cp "$classes" scripts/StartMockApiTest.java 2>&1) || { echo "$out" >&2; exit 1; }
echo "start.bat and scripts/StartMockApi.java: checked"
