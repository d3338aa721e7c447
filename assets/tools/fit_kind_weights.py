#!/usr/bin/env python3
"""Fit the weights of the entity-kind evidence table (assets/lists/kind_weights.tsv).

    cargo test --test quality_entities dump_kind_features -- --ignored   # writes the features
    python3 assets/tools/fit_kind_weights.py target/kind_features.tsv [--write] [--defaults] [--quick]
        [--folds N]

The features are one line per system entity of the tuned sets (tests/fixtures/articles,
tests/fixtures/tuning and the sample): the gold kind of the gold entity it shares most
mentions with ("none" for a false entity, which is skipped), whether it has a multi-word
form, and the evidence rows that fired for it with their counts (a word-list row counts
once). The script replays the extractor's decision (src/analysis/entities/kinds.rs): the
score of a kind is the sum of weight x count over its rows; the person score is multiplied
by `person_without_name` when the entity has a name of several words and no personal-name row
fired; the best score wins, ties going
to place, organization, person, other; with no vote, the `default_single` /
`default_single_name` (one word that is a listed given name or surname) / `default_multi` kind.

Fitting is a deterministic coordinate search that maximises the number of entities typed
like the gold, minus a small penalty for moving a weight away from its hand-set value (so
that a weight no entity depends on stays where a person put it): each weight in turn tries
a fixed ladder of values, the defaults try each kind, and the best strict improvement is
kept; passes repeat until nothing changes. A weight only moves along a ladder of multiples
of its hand-set value (0.5x to 2x); the default kinds move only with --defaults (fitted
freely they chose "other", which the replay liked and the full pipeline did not).
--freeze a,b keeps the named rows at their hand-set weights (rows whose evidence the tuned
articles under-sample: a given name before a surname that is also a place word, "Nathan Hill",
"Anna St. Clair", is rare there and common in books and news). --quick skips the leave-one-document-out report; --folds N holds out N folds of documents
in turn instead of one document at a time (faster, for many documents). No randomness, no dependencies beyond Python 3.
A leave-one-document-out run reports how well the fitted weights type a document they were
not fitted on, next to the hand-set weights on the same document: if fitting does not beat
the hand-set weights there, do not write. With --write the weights column is rewritten in
place (comments, order and descriptions are kept).
"""
import sys
from collections import defaultdict
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "lists" / "kind_weights.tsv"
KINDS = ["person", "organization", "place", "other"]
ORDER = ["place", "organization", "person", "other"]
NAME_ROWS = {"handle", "title", "honorific", "given_name", "person_particle", "initials", "regnal_number", "byline",
             "age_apposition", "saint_person", "citation"}
KEYS = Path(__file__).resolve().parent.parent / "lists" / "keys"
# Each weight tries these multiples of its hand-set value (never a sign change, never off).
LADDER = [0.5, 0.75, 1.0, 1.5, 2.0]
FACTORS = [0.25, 0.5, 0.75, 1.0]
# The cost of moving a weight by 1.0, in entities typed right: a change must fix more than
# it moves. The features are taken after clustering, which the weights also steer, so a
# small move is safer than the replay alone can tell.
PENALTY = 0.25


def load_table():
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, weight, _doc = line.split("\t", 3)
        rows[name] = [kind, float(weight)]
    return rows


def fold(s):
    """Lowercase without accents: near enough to the gazetteer's fold_key for one word."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def listed_names():
    """The given names and surnames of the lists: a lone word among them gets default_single_name."""
    out = set()
    for f in ("given.txt", "surnames.txt"):
        out |= {l.strip() for l in (KEYS / f).read_text(encoding="utf-8").splitlines() if not l.startswith("#")}
    return out


def load_features(path):
    out = []
    names = listed_names()
    for i, line in enumerate(open(path, encoding="utf-8")):
        cols = line.rstrip("\n").split("\t")
        if i == 0 or len(cols) < 5 or cols[1] == "none":
            continue
        fired = {}
        for part in filter(None, cols[4].split(",")):
            name, n = part.rsplit(":", 1)
            fired[name] = int(n)
        multi = cols[3] == "1"
        listed = not multi and len(cols) > 5 and fold(cols[5]) in names
        out.append((cols[0], cols[1], "listed" if listed else multi, fired))
    return out


def decide(t, multi, fired):
    score = defaultdict(float)
    for name, n in fired.items():
        kind, w = t[name]
        score[kind] += w * n
    if multi is True and not NAME_ROWS & fired.keys():
        score["person"] *= t["person_without_name"][1]
    best, top = None, 0.0
    for k in ORDER:
        if score[k] > 0 and (best is None or score[k] > top):
            best, top = k, score[k]
    if best is None:
        best = t["default_single_name" if multi == "listed" else "default_multi" if multi else "default_single"][0]
    return best


def correct(t, data):
    return sum(decide(t, m, f) == g for _, g, m, f in data)


def objective(t, data, start):
    moved = sum(abs(t[n][1] - start[n][1]) for n in t if t[n][0] != "param" or n == "person_without_name")
    return correct(t, data) - PENALTY * moved


def frozen():
    if "--freeze" not in sys.argv:
        return set()
    return set(sys.argv[sys.argv.index("--freeze") + 1].split(","))


def fit(start, data):
    t = {k: list(v) for k, v in start.items()}
    best = objective(t, data, start)
    keep_hand = frozen()
    for _ in range(6):
        changed = False
        for name in sorted(t):
            kind, w = t[name]
            if name in keep_hand:
                continue
            if name in ("default_single", "default_single_name", "default_multi"):
                trials = [(k, w) for k in KINDS] if "--defaults" in sys.argv else []
            elif name == "person_without_name":
                trials = [(kind, x) for x in FACTORS]
            else:
                trials = [(kind, start[name][1] * x) for x in LADDER]
            keep = (kind, w)
            for trial in trials:
                t[name] = list(trial)
                o = objective(t, data, start)
                if o > best + 1e-9:
                    best, keep, changed = o, trial, True
            t[name] = list(keep)
        if not changed:
            break
    return t


def write(t):
    lines = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _kind, _w, doc = line.split("\t", 3)
            kind, w = t[name]
            line = f"{name}\t{kind}\t{round(w, 3)}\t{doc}"
        lines.append(line)
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: fit_kind_weights.py FEATURES.tsv [--write]")
    start = load_table()
    data = load_features(sys.argv[1])
    docs = sorted({d for d, *_ in data})
    print(f"{len(data)} entities from {len(docs)} documents, {len(start)} rows")
    print(f"hand-set weights: {correct(start, data)}/{len(data)} typed as the gold")
    # Leave one document out (or, with --folds N, one of N folds of the sorted documents, the
    # i-th document in fold i mod N): fitted on the others, scored on it.
    folds = int(sys.argv[sys.argv.index("--folds") + 1]) if "--folds" in sys.argv else len(docs)
    hand = fitted = 0
    for i in [] if "--quick" in sys.argv else range(folds):
        held = {d for j, d in enumerate(docs) if j % folds == i}
        train = [x for x in data if x[0] not in held]
        test = [x for x in data if x[0] in held]
        t = fit(start, train)
        h, f = correct(start, test), correct(t, test)
        hand, fitted = hand + h, fitted + f
        name = next(iter(held)) if len(held) == 1 else f"fold {i + 1}/{folds}"
        print(f"  {name:<16} held out: hand-set {h}/{len(test)}, fitted {f}/{len(test)}", flush=True)
    print(f"held-out documents: hand-set {hand}/{len(data)}, fitted {fitted}/{len(data)}")
    t = fit(start, data)
    print(f"fitted on all: {correct(t, data)}/{len(data)}")
    for name in start:
        if start[name] != t[name]:
            print(f"  {name}: {start[name][0]} {start[name][1]:g} -> {t[name][0]} {t[name][1]:g}")
    if "--write" in sys.argv:
        if fitted <= hand and "--quick" not in sys.argv:
            sys.exit("fitting does not beat the hand-set weights on held-out documents: not written")
        write(t)
        print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
