import json
import subprocess
import sys

import pytest

from pressie.cli import main

SEED = "seeds/000_ec77b263febc861d.txt"


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert "pressie" in capsys.readouterr().out


def test_extract_txt(capsys, seed_text, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(seed_text, encoding="utf-8")
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "page.txt" and len(data["articles"]) == 10


def test_extract_jsonl_with_bad_lines(capsys, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": "3月6日,区委召开常委会。", "published": "2020-03-09"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "区委召开会议", "published": "bad"}, ensure_ascii=False),
        json.dumps({"id": "d", "text": "5月8日,镇里开展义诊。"}, ensure_ascii=False),
    ]), encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    code, out, err = run(["extract", str(path), "-o", str(out_path)], capsys)
    assert code == 1
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "d"]
    assert "docs.jsonl:2: not JSON" in err
    assert "docs.jsonl:3" in err and "'text'" in err
    assert "c: [P001]" in err
    assert "3 document(s) failed, 2 written" in err


def test_binary_and_missing_files(capsys, tmp_path):
    binary = tmp_path / "junk.txt"
    binary.write_bytes(b"\x00\x01\x02\xff\xfe")
    nul = tmp_path / "nul.txt"
    nul.write_text("会议\x00召开", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("区委召开会议\n3月6日,区委召开常委会。", encoding="utf-8")
    code, out, err = run(["extract", str(binary), str(nul), str(tmp_path / "missing.txt"), str(good)], capsys)
    assert code == 1
    assert "not UTF-8" in err and "NUL" in err and "no such file" in err
    assert len(out.strip().splitlines()) == 1


def test_bad_published_option(capsys, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("会议", encoding="utf-8")
    code, out, err = run(["extract", str(path), "--published", "yesterday"], capsys)
    assert code == 2 and "--published" in err


def test_pretty_format(capsys):
    code, out, err = run(["extract", SEED, "--format", "pretty"], capsys)
    assert code == 0
    assert "meeting" in out and "furniture" in out


def test_check(capsys):
    code, out, err = run(["check"], capsys)
    assert code == 0 and "valid" in out


def test_console_script_runs():
    result = subprocess.run([sys.executable, "-m", "pressie.cli", "extract", SEED, "--no-text"],
                            capture_output=True, text=True, check=True)
    assert "text" not in json.loads(result.stdout)


def test_evaluate_runs_the_scorer(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "3月6日,区委召开常委会,区委书记王一主持会议。", "events": []},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    scorer = tmp_path / "score.py"
    scorer.write_text("import sys, json\nmode, gold, pred = sys.argv[1:4]\n"
                      "rows = [json.loads(l) for l in open(pred, encoding='utf-8')]\n"
                      "print('scored', mode, len(rows), rows[0]['id'])\n", encoding="utf-8")
    keep = tmp_path / "pred.jsonl"
    result = subprocess.run([sys.executable, "-m", "pressie.cli", "evaluate", str(gold), "articles",
                             "--score", str(scorer), "--keep", str(keep)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "scored articles 1 a" in result.stdout
    assert json.loads(keep.read_text(encoding="utf-8").splitlines()[0])["id"] == "a"


def test_evaluate_without_a_scorer(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "会议"}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pressie.cli", "evaluate", str(gold),
                             "--score", str(tmp_path / "missing.py")], capture_output=True, text=True)
    assert result.returncode == 2 and "score.py not found" in result.stderr


def test_jobs_give_the_same_lines_and_errors(capsys, tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [{"id": f"d{k}", "text": f"{k % 9 + 1}月6日,区委召开常委会,区委书记张明主持会议。", "published": "2020-12-30"}
            for k in range(12)]
    rows.insert(5, {"id": "bad", "text": "区委召开会议", "published": "bad"})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code1, out1, err1 = run(["extract", str(path), "--no-text"], capsys)
    code2, out2, err2 = run(["extract", str(path), "--no-text", "--jobs", "2"], capsys)
    assert code1 == code2 == 1
    assert out1 == out2 and len(out2.splitlines()) == 12
    assert "bad: [P001]" in err2 and "1 document(s) failed, 12 written" in err2
    assert run(["extract", str(path), "--jobs", "0"], capsys)[0] == 2
