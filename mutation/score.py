#!/usr/bin/env python3
"""mutation/run's arithmetic over Stryker's JSON reports (mutation-testing-elements schema).

  score.py spans FOCUSED.json          the --mutate patterns naming exactly the mutants the focused pass left
                                       alive (survived or not covered), one pattern per file, as character spans
  score.py merge FOCUSED.json [ALL.json] OUT.md BREAK
                                       each mutant's fate: the second pass's where it tested the mutant, else the
                                       first's; writes the per-file table, the total and every mutant left alive
                                       to OUT.md and stdout; exits 1 when the score is below BREAK
"""
import json
import sys
from collections import Counter

ALIVE = ("Survived", "NoCoverage")
KILLED = ("Killed", "Timeout")
ENGINE = "conformance/Ucwa.Conformance.Engine/"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["files"]


def name(path):
    return path.split(ENGINE, 1)[-1]


def key(m):
    s, e = m["location"]["start"], m["location"]["end"]
    return (s["line"], s["column"], e["line"], e["column"], m["mutatorName"], m.get("replacement"))


def offset(source, line, column):
    """Stryker's spans are character offsets into the file; the report's locations are 1-based lines and columns."""
    lines = source.split("\n")
    return sum(len(l) + 1 for l in lines[: line - 1]) + column - 1


def spans(focused):
    for path, f in sorted(load(focused).items()):
        alive = [m for m in f["mutants"] if m["status"] in ALIVE]
        if not alive:
            continue
        src = f["source"]
        parts = sorted({(offset(src, m["location"]["start"]["line"], m["location"]["start"]["column"]),
                         offset(src, m["location"]["end"]["line"], m["location"]["end"]["column"])) for m in alive})
        print("**/" + name(path) + "".join(f"{{{a}..{b}}}" for a, b in parts))


def merge(focused, everything, out, threshold):
    files = load(focused)
    second = load(everything) if everything else {}
    rows, alive, total = [], [], Counter()
    for path, f in sorted(files.items()):
        # The second pass tested only the mutants its spans named; it reports the others as Ignored.
        again = {key(m): m["status"] for m in second.get(path, {}).get("mutants", []) if m["status"] in KILLED + ALIVE}
        fates = Counter()
        lines = f["source"].split("\n")
        for m in f["mutants"]:
            status = again.get(key(m), m["status"])
            fates[status] += 1
            if status in ALIVE:
                line = m["location"]["start"]["line"]
                alive.append((name(path), line, status, m["mutatorName"], (m.get("replacement") or "")[:70], lines[line - 1].strip()[:90]))
        judged = sum(fates[s] for s in KILLED + ALIVE)
        if judged == 0:
            continue
        total.update(fates)
        rows.append((name(path), fates, judged))

    def row(label, fates, judged):
        killed = sum(fates[s] for s in KILLED)
        return f"| {label} | {killed} | {fates['Timeout']} | {fates['Survived']} | {fates['NoCoverage']} | {100 * killed / judged:.2f} % |"

    judged = sum(total[s] for s in KILLED + ALIVE)
    score = 100 * sum(total[s] for s in KILLED) / judged
    text = ["| File | Killed | of which timeouts | Survived | No coverage | Score |", "|---|---|---|---|---|---|"]
    text += [row(f"`{n}`", fates, j) for n, fates, j in rows]
    text.append(row("**Total**", total, judged))
    text += ["", f"Mutants judged: {judged}; not compiled (left out of the score): {total['CompileError']}; "
                 f"outside the scope's code (ignored): {total['Ignored']}.", "", "Left alive:", ""]
    text += [f"- `{n}:{line}` {status}: {mutator} → `{repl}` in `{src}`" for n, line, status, mutator, repl, src in alive]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")
    print("\n".join(text))
    print(f"\nscore {score:.2f} % (break at {threshold})")
    return 0 if score >= threshold else 1


if __name__ == "__main__":
    if sys.argv[1] == "spans":
        spans(sys.argv[2])
    elif sys.argv[1] == "merge":
        args = sys.argv[2:]
        focused, everything = args[0], (args[1] if len(args) == 4 else None)
        sys.exit(merge(focused, everything, args[-2], float(args[-1])))
    else:
        sys.exit(__doc__)
