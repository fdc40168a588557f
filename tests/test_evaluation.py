import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressie.cli import main
from pressie.errors import OptionError
from pressie.evaluation import format_scores, score, score_files

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = Path(os.environ.get("PRESSIE_SHARED", ROOT.parent / "shared")) / "eval"


def event(kind="meeting", start="2020-03-06", end=None, who=(), where=(), orgs=(), counts=()):
    return {"type": kind, "when": {"start": start, "end": end or start} if start else None,
            "who": [{"name": n, "titles": list(t), "role": r} for n, t, r in who], "where": list(where),
            "orgs": [{"name": o, "role": "organizer"} for o in orgs], "counts": list(counts)}


def test_a_perfect_prediction():
    gold = [{"id": "a", "events": [event(who=[("张明", ["区委书记"], "chair")], where=["会议室"], orgs=["区委"],
                                         counts=[{"value": 30, "unit": "名", "noun": "党员", "approx": None}])]}]
    result = score(gold, gold)
    assert {s: v["f1"] for s, v in result["slots"].items()} == dict.fromkeys(
        ("event", "when", "who", "title", "role", "where", "org", "count", "all"), 1.0)
    assert result["documents"] == 1 and result["missing_predictions"] == 0


def test_slots_are_counted_as_tuples():
    gold = [{"id": "a", "events": [event(who=[("张明", ["区委书记", "区长"], "chair")], where=["北城区"])]}]
    pred = [{"id": "a", "articles": [{"events": [event(who=[("张明", ["区委书记"], "speaker"), ("李四", [], "attendee")],
                                                       where=["北城区的"])]}]}]
    slots = score(gold, pred)["slots"]
    assert (slots["who"]["tp"], slots["who"]["fp"], slots["who"]["fn"]) == (1, 1, 0)
    assert (slots["title"]["tp"], slots["title"]["fn"]) == (1, 1)
    assert (slots["role"]["tp"], slots["role"]["fp"], slots["role"]["fn"]) == (0, 2, 1)
    assert slots["where"]["tp"] == 1  # a trailing 的 is not held against a place
    assert slots["all"]["tp"] == 4  # when, who, one title, where; no role


def test_a_year_the_gold_does_not_know_is_not_held_against_a_prediction():
    gold = [{"id": "a", "events": [event(start="--03-06")]}]
    pred = [{"id": "a", "events": [event(start="2020-03-06T09:00")]}]
    slots = score(gold, pred)["slots"]
    assert slots["event"]["f1"] == 1.0 and slots["when"]["f1"] == 1.0
    wrong = [{"id": "a", "events": [event(start="2020-03-07")]}]
    assert score(gold, wrong)["slots"]["event"]["f1"] == 0.0


def test_missing_predictions_count_as_misses():
    gold = [{"id": "a", "events": [event()]}, {"id": "b", "events": []}]
    result = score(gold, [{"id": "b", "events": [event(kind="volunteer")]}])
    assert result["missing_predictions"] == 1
    assert (result["slots"]["event"]["tp"], result["slots"]["event"]["fp"], result["slots"]["event"]["fn"]) == (0, 1, 1)


def test_pages_score_units_and_furniture():
    gold = [{"id": "p", "articles": [{"blocks": [1, 2, 5], "events": [event()]}, {"blocks": [3, 4], "events": []}],
             "furniture": [0]}]
    pred = [{"id": "p", "articles": [{"blocks": [1, 2], "events": [event()]}, {"blocks": [3, 4, 5], "events": []}],
             "furniture": [0]}]
    result = score(gold, pred, "pages")
    units = result["units"]
    # Blocks 1, 2: P 1, R 2/3; 5: P 1/3, R 1/3; 3, 4: P 2/3, R 1.
    assert units["bcubed_p"] == round((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 4)
    assert units["bcubed_r"] == round((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 4)
    assert units["exact_articles"] == 0.0 and units["furniture_p"] == units["furniture_r"] == 1.0
    assert result["slots"]["event"]["f1"] == 1.0
    assert "article units  B3" in format_scores(result)


def test_per_document_scores():
    per = {}
    score([{"id": "a", "events": [event()]}, {"id": "b", "events": [event()]}], [{"id": "a", "events": [event()]}],
          per_document=per)
    assert per["a"]["f1"] == 1.0 and per["b"]["f1"] == 0.0


def test_bad_input(tmp_path):
    with pytest.raises(OptionError):
        score([], [], "units")
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "a"}\n[1]\n', encoding="utf-8")
    with pytest.raises(OptionError, match="gold.jsonl:2"):
        score_files(bad, bad)


def own_gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [{"id": "a", "published": "2020-03-09", "text": "3月6日上午,北城区召开安全生产例会,区委书记张明主持会议。",
             "events": [event(start="2020-03-06", who=[("张明", ["区委书记"], "chair")], orgs=["北城区"])]},
            {"id": "b", "published": None, "text": "天气晴。", "events": []}]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return gold


def test_evaluate_runs_pressie_on_a_gold_file_of_ones_own(tmp_path, capsys):
    gold = own_gold(tmp_path)
    keep = tmp_path / "pred.jsonl"
    code = main(["evaluate", str(gold), "--run", "--keep", str(keep), "--json", "-q"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["documents"] == 2 and result["slots"]["event"]["tp"] == 1
    assert [json.loads(x)["id"] for x in keep.read_text(encoding="utf-8").splitlines()] == ["a", "b"]
    assert main(["evaluate", str(gold), str(keep), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == result
    packed = tmp_path / "pred.jsonl.gz"
    assert main(["extract", str(gold), "-o", str(packed), "-q"]) == 0
    assert main(["evaluate", str(gold), str(packed), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == result
    assert main(["evaluate", str(gold), "articles", "-q"]) == 0  # the older form: GOLD MODE
    assert "documents 2" in capsys.readouterr().out


def test_evaluate_with_an_external_scorer(tmp_path):
    gold = own_gold(tmp_path)
    scorer = tmp_path / "score.py"
    scorer.write_text("import sys, json\nmode, gold, pred = sys.argv[1:4]\n"
                      "rows = [json.loads(l) for l in open(pred, encoding='utf-8')]\n"
                      "print('scored', mode, len(rows), rows[0]['id'])\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pressie", "evaluate", str(gold), "--score", str(scorer), "-q"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "scored articles 2 a" in result.stdout


def test_evaluate_reports_a_missing_file(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(),
                    reason="the project's shared gold folder (../shared/eval) is not present")
@pytest.mark.parametrize("name, mode", [("dev-articles.jsonl", "articles"), ("dev-pages.jsonl", "pages"),
                                        ("dev-realpages.jsonl", "pages")])
def test_same_figures_as_the_shared_scorer(tmp_path, capsys, name, mode):
    gold = SHARED_EVAL / name
    pred = tmp_path / "pred.jsonl"
    assert main(["extract", str(gold), "--no-text", "-q", "-j", "2", "-o", str(pred)]) == 0
    shared = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), mode, str(gold), str(pred), "--json"],
                            capture_output=True, text=True, check=True)
    expected = json.loads(shared.stdout)
    assert score_files(gold, pred, mode) == expected
    assert main(["evaluate", str(gold), str(pred), "--json"]) == 0  # the mode is read from the gold
    assert json.loads(capsys.readouterr().out) == expected
    table = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), mode, str(gold), str(pred)],
                           capture_output=True, text=True, check=True).stdout
    assert format_scores(expected) + "\n" == table


def _mutated(rows, seed):
    """Predictions made from gold rows by random damage: dropped, renamed, retyped and re-dated values."""
    import copy
    import random

    rng = random.Random(seed)

    def damage(event):
        event = copy.deepcopy(event)
        roll = rng.random()
        if roll < 0.1:
            event["type"] = rng.choice(["meeting", "inspection", "volunteer"])
        when = event.get("when")
        if when and when.get("start") and rng.random() < 0.3:
            when["start"] = rng.choice(["--" + str(when["start"])[5:10], "2019" + str(when["start"])[4:],
                                        str(when["start"])[:10] + "T09:00", None])
        if rng.random() < 0.2:
            event["when"] = None
        for person in event.get("who") or []:
            if rng.random() < 0.2:
                person["name"] = person["name"] + " 的"
            if rng.random() < 0.2:
                person["role"] = None
            if rng.random() < 0.2:
                person["titles"] = (person.get("titles") or [])[:1]
        event["where"] = [rng.choice([p, {"name": p}, {"text": p}, p + "的"]) for p in event.get("where") or []
                          if rng.random() > 0.2]
        event["orgs"] = [o if rng.random() > 0.3 else (o.get("name") if isinstance(o, dict) else o)
                         for o in event.get("orgs") or []]
        for count in event.get("counts") or []:
            if rng.random() < 0.3:
                count["value"] = rng.choice([str(count.get("value")), float(count.get("value") or 0) + 0.5, None])
        return event

    out = []
    for row in rows:
        if rng.random() < 0.05:
            continue  # no prediction at all
        if "articles" in row:
            articles = []
            for article in row["articles"]:
                blocks = [b for b in article["blocks"] if rng.random() > 0.1] or article["blocks"][:1]
                articles.append({"blocks": blocks, "events": [damage(e) for e in article.get("events") or []
                                                              if rng.random() > 0.1]})
            if articles and rng.random() < 0.3:
                articles[0]["blocks"] = articles[0]["blocks"] + articles[-1]["blocks"][:1]
            furniture = [b for b in row.get("furniture") or [] if rng.random() > 0.3]
            out.append({"id": row["id"], "articles": articles, "furniture": furniture})
        else:
            events = [damage(e) for e in row.get("events") or [] if rng.random() > 0.1]
            if rng.random() < 0.5:
                out.append({"id": row["id"], "events": events})
            else:
                out.append({"id": row["id"], "articles": [{"events": events}]})
    return out


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(),
                    reason="the project's shared gold folder (../shared/eval) is not present")
@pytest.mark.parametrize("name, mode", [("dev-articles.jsonl", "articles"), ("dev-realpages.jsonl", "pages")])
def test_same_figures_as_the_shared_scorer_on_damaged_predictions(tmp_path, name, mode):
    gold = SHARED_EVAL / name
    rows = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    for seed in range(3):
        pred = tmp_path / f"pred-{seed}.jsonl"
        pred.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _mutated(rows, seed)) + "\n",
                        encoding="utf-8")
        shared = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), mode, str(gold), str(pred), "--json"],
                                capture_output=True, text=True, check=True)
        assert score_files(gold, pred, mode) == json.loads(shared.stdout), seed
