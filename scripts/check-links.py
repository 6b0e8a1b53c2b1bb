#!/usr/bin/env python3
"""Checks the relative links of README.md and docs/**/*.md: each target file exists and each #anchor
matches a heading (GitHub slugs). Ignores http(s)/mailto links and code. Exits 1 listing file:line."""
import os, re, sys
from urllib.parse import unquote

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINK = re.compile(r'!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)')
REFERENCE = re.compile(r'^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$')


def strip_code(lines):
    """Yields (line number, text) outside fenced blocks, with inline code spans blanked."""
    fence = None
    for n, line in enumerate(lines, 1):
        m = re.match(r'\s*(```+|~~~+)', line)
        if m:
            if fence is None:
                fence = m.group(1)[0] * 3
            elif line.strip().startswith(fence):
                fence = None
            continue
        if fence is None:
            yield n, re.sub(r'`[^`]*`', '', line)


def slug(heading):
    s = re.sub(r'`|\*\*|\*|~~', '', heading.strip()).lower()
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = re.sub(r'[^\w\- ]', '', s)
    return s.replace(' ', '-')


def anchors(path, cache={}):
    if path not in cache:
        seen, out = {}, set()
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        fence = False
        for line in lines:
            if re.match(r'\s*(```|~~~)', line):
                fence = not fence
                continue
            m = None if fence else re.match(r'#{1,6}\s+(.*?)\s*#*\s*$', line)
            if m:
                base = slug(m.group(1))
                k = seen.get(base, 0)
                seen[base] = k + 1
                out.add(base if k == 0 else f'{base}-{k}')
        cache[path] = out
    return cache[path]


def files(args):
    if args:
        return [os.path.abspath(a) for a in args]
    found = [os.path.join(ROOT, 'README.md')]
    for d, _, names in os.walk(os.path.join(ROOT, 'docs')):
        found += [os.path.join(d, n) for n in sorted(names) if n.endswith('.md')]
    return found


def main(args):
    broken, checked, paths = [], 0, files(args)
    for path in paths:
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        for n, text in strip_code(lines):
            ref = REFERENCE.match(text)
            for target in LINK.findall(text) + ([ref.group(1)] if ref else []):
                checked += 1
                if re.match(r'[a-z][a-z0-9+.-]*:', target, re.I):
                    continue  # http(s), mailto, ...
                file_part, _, anchor = target.partition('#')
                file_part = unquote(file_part)
                base = ROOT if file_part.startswith('/') else os.path.dirname(path)
                dest = os.path.normpath(os.path.join(base, file_part.lstrip('/'))) if file_part else path
                where = f'{os.path.relpath(path, ROOT)}:{n}'
                if not os.path.exists(dest):
                    broken.append(f'{where}: {target}: no file {os.path.relpath(dest, ROOT)}')
                elif anchor and dest.endswith('.md') and anchor.lower() not in anchors(dest):
                    broken.append(f'{where}: {target}: no heading #{anchor} in {os.path.relpath(dest, ROOT)}')
    for b in broken:
        print(b, file=sys.stderr)
    if broken:
        print(f'{len(broken)} broken link(s).', file=sys.stderr)
        return 1
    print(f'check-links: {checked} relative links in {len(paths)} files resolve.')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
