"""Reads wrk latency figures (e.g. 812.00us, 3.41ms, 1.20s) one per line; prints the median in ms."""
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def to_ms(text):
    for unit in ("us", "ms", "s"):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * UNITS[unit]
    return float(text)


values = sorted(to_ms(line.strip()) for line in sys.stdin if line.strip())
print(f"{values[(len(values) - 1) // 2]:.2f} ms" if values else "n/a")
