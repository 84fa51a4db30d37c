#!/usr/bin/env python3
"""Check the written training corpus in this folder.

usage: python3 corpus/check.py [--eval ../shared/eval] [--quiet]

Checks, for every NAME.txt / NAME.gold.json pair here:
- each text has a gold file and each gold file a text; the gold file is valid JSON in the train format
  (document, url, published, topic, claims) and names its own text;
- every claim has s, r, o, cert, evidence; relation, certainty and phase ids are the ontology's
  (read from the ontology's tables); alt triples and alt_cert values are valid; years is [from, to];
- every evidence string is a verbatim substring of the text;
- every key (s, o, alt parties, place) resolves to itself through the alias tables (score.py's
  load_aliases/resolve over the eval aliases.json, dev/ and train/ tables and corpus/aliases.json), and
  also without the dev table, so that training never needs it;
- corpus/aliases.json maps no surface form to a key other than the one the eval tables give it;
- a claim repeating an earlier triple carries same_triple_ok (the train convention);
- texts are 60-250 words (controls included);
- no run of 8 consecutive words of a text (lower-cased, punctuation ignored) appears in any dev, train
  or seed text.
It prints counts of required and optional claims per relation type, certainty and phase, and warnings
(a party none of whose surface forms occurs in the text, a relation type with fewer than 15 required claims). Exit status 1 when an error is found.
"""
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
N = 8
MIN_PER_TYPE = 15
ALLOWED_TOP = ["document", "url", "published", "topic", "claims"]
ALLOWED_CLAIM = {"s", "r", "o", "cert", "phase", "years", "place", "materiel", "evidence", "optional", "alt",
                 "alt_cert", "same_triple_ok"}


def find_eval(argv):
    if "--eval" in argv:
        return os.path.abspath(argv[argv.index("--eval") + 1])
    # the shared folder sits beside the repository (../shared from its root), also when the repo is a worktree
    for c in (os.path.join(HERE, "..", "..", "shared", "eval"), os.path.join(HERE, "..", "..", "..", "shared", "eval"),
              "/work/shared/eval"):
        if os.path.exists(os.path.join(c, "score.py")):
            return os.path.abspath(c)
    sys.exit("cannot find the eval folder (score.py); pass --eval PATH")


def ontology_ids(path):
    """Relation, certainty and phase ids: the first backticked cell of each table row, by section."""
    ids = {"relation": set(), "certainty": set(), "phase": set()}
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                head = line[3:].strip().lower()
                section = ("relation" if head.startswith("relation") else "certainty" if head.startswith("certainty")
                           else "phase" if head.startswith("phase") else None)
                continue
            if section and line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                col = 1 if section == "relation" else 0
                m = re.fullmatch(r"`([a-z-]+)`", cells[col]) if len(cells) > col else None
                if m:
                    ids[section].add(m.group(1))
    return ids


def words(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", text)


def ngrams(ws, n=N):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    ev = find_eval(argv)
    quiet = "--quiet" in argv
    sys.path.insert(0, ev)
    import score as S  # noqa: E402

    onto = ontology_ids(os.path.join(ev, "..", "spec", "ontology.md"))
    assert len(onto["relation"]) == 37 and len(onto["certainty"]) == 7 and len(onto["phase"]) == 6, onto
    errors, warnings = [], []

    def err(where, msg):
        errors.append("%s: %s" % (where, msg))

    eval_tables = [os.path.join(ev, "aliases.json"), os.path.join(ev, "dev", "aliases.json"),
                   os.path.join(ev, "train", "aliases.json")]
    eval_tables = [p for p in eval_tables if os.path.exists(p)]
    mine = os.path.join(HERE, "aliases.json")
    base = S.load_aliases(eval_tables)
    with open(mine, encoding="utf-8") as f:
        my_table = json.load(f)
    seen_form = {}
    for k, names in my_table.items():
        if k != k.strip().lower() or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k):
            err("aliases.json", "key %r is not kebab-case" % k)
        for name in [k] + names:
            n = S.norm(name)
            if not n:
                err("aliases.json", "empty surface form under %s" % k)
            if n in base and base[n] != k:
                err("aliases.json", "%r under %s is already %s in the eval tables" % (name, k, base[n]))
            if n in seen_form and seen_form[n] != k:
                err("aliases.json", "%r under both %s and %s" % (name, seen_form[n], k))
            seen_form[n] = k
    aliases = S.load_aliases(eval_tables + [mine])
    forms = defaultdict(set)
    for p in eval_tables + [mine]:
        with open(p, encoding="utf-8") as f:
            for k, names in json.load(f).items():
                forms[k].update(n for n in names if len(n) > 1)

    # the corpus must not lean on the dev table: every key resolves without it
    no_dev = S.load_aliases([p for p in eval_tables if os.sep + "dev" + os.sep not in p] + [mine])

    def resolves(key):
        return (isinstance(key, str) and S.norm(key) in aliases and S.resolve(key, aliases) == key
                and S.norm(key) in no_dev and S.resolve(key, no_dev) == key)

    # n-grams of the outside texts
    outside = set()
    outside_files = sorted(glob.glob(os.path.join(ev, "dev", "*.txt")) + glob.glob(os.path.join(ev, "train", "*.txt"))
                           + glob.glob(os.path.join(ev, "seed", "*.txt")))
    for p in outside_files:
        with open(p, encoding="utf-8") as f:
            outside |= ngrams(words(f.read()))

    texts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    names = [os.path.basename(t)[:-4] for t in texts]
    for g in golds:
        if os.path.basename(g)[:-10] not in names:
            err(os.path.basename(g), "gold file without a text")

    req, opt = Counter(), Counter()
    cert_c, phase_c = Counter(), Counter()
    docs_per_rel = defaultdict(set)
    controls = 0
    total_words = 0
    for t, name in zip(texts, names):
        where = name
        with open(t, encoding="utf-8") as f:
            text = f.read()
        nw = len(text.split())
        total_words += nw
        if not 60 <= nw <= 250:
            err(where, "text has %d words (60-250 wanted)" % nw)
        shared = sorted(ngrams(words(text)) & outside)
        for s in shared:
            err(where, "8-word run also in an outside text: %r" % s)
        gpath = os.path.join(HERE, name + ".gold.json")
        if not os.path.exists(gpath):
            err(where, "no gold file")
            continue
        try:
            with open(gpath, encoding="utf-8") as f:
                gold = json.load(f)
        except json.JSONDecodeError as e:
            err(where, "invalid JSON: %s" % e)
            continue
        if list(gold.keys()) != ALLOWED_TOP:
            err(where, "top-level keys %s, wanted %s" % (list(gold.keys()), ALLOWED_TOP))
        if gold.get("document") != name + ".txt":
            err(where, "document is %r" % gold.get("document"))
        if gold.get("url") is not None:
            err(where, "url should be null")
        pub = gold.get("published")
        if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
            err(where, "published %r is not YYYY-MM-DD or null" % pub)
        if not gold.get("topic"):
            err(where, "no topic")
        claims = gold.get("claims")
        if not isinstance(claims, list):
            err(where, "claims is not a list")
            continue
        if not claims:
            controls += 1
        triples = set()
        low = text.lower()
        for i, c in enumerate(claims):
            cw = "%s #%d" % (where, i)
            extra = set(c) - ALLOWED_CLAIM
            if extra:
                err(cw, "unknown keys %s" % sorted(extra))
            for k in ("s", "r", "o", "cert", "evidence"):
                if not c.get(k):
                    err(cw, "missing %s" % k)
            r, cert = c.get("r"), c.get("cert")
            if r not in onto["relation"]:
                err(cw, "relation %r not in the ontology" % r)
            if cert not in onto["certainty"]:
                err(cw, "certainty %r not in the ontology" % cert)
            if "phase" in c and c["phase"] not in onto["phase"]:
                err(cw, "phase %r not in the ontology" % c["phase"])
            for a in c.get("alt_cert", []):
                if a not in onto["certainty"] or a == cert:
                    err(cw, "bad alt_cert %r" % a)
            for a in c.get("alt", []):
                if not (isinstance(a, list) and len(a) == 3 and a[1] in onto["relation"]):
                    err(cw, "bad alt %r" % (a,))
                    continue
                if a[0] == a[2]:
                    err(cw, "alt %r has the same subject and object" % (a,))
                if S.key(*a) == S.key(c.get("s"), c.get("r"), c.get("o")):
                    err(cw, "alt %r repeats the claim's own triple" % (a,))
                for key in (a[0], a[2]):
                    if not resolves(key):
                        err(cw, "alt key %r does not resolve to itself" % key)
            if "years" in c:
                y = c["years"]
                if not (isinstance(y, list) and len(y) == 2 and all(isinstance(v, int) for v in y) and y[0] <= y[1]):
                    err(cw, "bad years %r" % (y,))
                elif pub and y[0] > int(pub[:4]) and c.get("phase") not in ("planned", "agreed", "requested"):
                    warnings.append("%s: years %s after publication %s" % (cw, y, pub))
            if "optional" in c and c["optional"] is not True:
                err(cw, "optional must be true or absent")
            if c.get("s") == c.get("o"):
                err(cw, "subject equals object")
            for key in (c.get("s"), c.get("o")):
                if not resolves(key):
                    err(cw, "key %r does not resolve to itself through the alias tables" % key)
                elif not any(fm.lower() in low for fm in forms.get(key, ())) and key.replace("-", " ") not in low:
                    warnings.append("%s: no surface form of %s in the text" % (cw, key))
            if "place" in c and not resolves(c["place"]):
                err(cw, "place %r does not resolve" % c["place"])
            if c.get("evidence") and c["evidence"] not in text:
                err(cw, "evidence not found verbatim: %r" % c["evidence"])
            tr = S.key(c.get("s"), r, c.get("o"))
            if tr in triples and not c.get("same_triple_ok"):
                err(cw, "repeats triple %s without same_triple_ok" % (tr,))
            if tr not in triples and c.get("same_triple_ok"):
                err(cw, "same_triple_ok on the first claim of its triple")
            triples.add(tr)
            if c.get("optional"):
                opt[r] += 1
            else:
                req[r] += 1
                docs_per_rel[r].add(name)
                cert_c[cert] += 1
                phase_c[c.get("phase", "occurred")] += 1

    if not quiet:
        print("documents %d (controls %d), words %d, required %d, optional %d" % (
            len(texts), controls, total_words, sum(req.values()), sum(opt.values())))
        print("%-22s %8s %8s %5s" % ("relation", "required", "optional", "docs"))
        for r in sorted(onto["relation"], key=lambda x: (req[x], x)):
            print("%-22s %8d %8d %5d" % (r, req[r], opt[r], len(docs_per_rel[r])))
        print("certainty (required):", dict(cert_c.most_common()))
        print("phase (required):", dict(phase_c.most_common()))
        for r in sorted(onto["relation"]):
            if req[r] < MIN_PER_TYPE:
                warnings.append("relation %s has only %d required claims (%d wanted)" % (r, req[r], MIN_PER_TYPE))
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
