import gzip
import io
import json
import subprocess
import sys

import pytest

from pressie import cli
from pressie.cli import filename_date_reader, main, read_date
from pressie.errors import OptionError

SEED = "seeds/000_ec77b263febc861d.txt"
MEETING = "3月6日上午,北城区召开安全生产例会,区委书记张明主持会议。"
VOLUNTEER = "5月8日,柏庄镇组织志愿服务活动,30名志愿者参加。"


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")


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
    assert data["id"] == "page.txt" and len(data["articles"]) > 1
    events = sum(len(a["events"]) for a in data["articles"])
    assert f"1 document, {len(data['articles'])} units, {events} events, 0 failed" in err


def test_extract_jsonl_with_bad_lines(capsys, tmp_path):
    path = tmp_path / "docs.jsonl"
    write_jsonl(path, [
        {"id": "a", "text": "3月6日,区委召开常委会。", "published": "2020-03-09"},
        "{not json",
        {"id": "b"},
        {"id": "c", "text": "区委召开会议", "published": "bad"},
        {"id": "d", "text": VOLUNTEER},
    ])
    out_path = tmp_path / "out.jsonl"
    code, out, err = run(["extract", str(path), "-o", str(out_path)], capsys)
    assert code == 1
    assert [r["id"] for r in lines(out_path)] == ["a", "d"]
    assert "docs.jsonl:2: not JSON" in err
    assert "docs.jsonl:3: no 'text'" in err
    assert "docs.jsonl:4: published='bad'" in err
    assert "2 documents" in err and "3 failed" in err


def test_a_directory_with_every_kind_of_bad_input(capsys, tmp_path):
    """One file of each kind of bad input: the others are written, each failure is named by file and line."""
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(MEETING, encoding="utf-8")
    (folder / "gbk.txt").write_bytes(MEETING.encode("gbk"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x80")
    (folder / "nul.txt").write_text("会议\x00召开", encoding="utf-8")
    (folder / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08garbage")
    (folder / "list.json").write_text(json.dumps([{"id": "j1", "text": MEETING}, {"id": "j2"}]), encoding="utf-8")
    with gzip.open(folder / "sub" / "more.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "gz1", "text": VOLUNTEER}, ensure_ascii=False) + "\n")
    write_jsonl(folder / "docs.JSONL", [
        {"id": "ok", "text": MEETING, "published": "2020-03-09"},
        {"id": "number", "text": MEETING, "published": 20200309},
        {"id": "no-such-day", "text": MEETING, "published": "2020-02-30"},
        "{not json",
        {"id": "no-text"},
        {"id": "list-text", "text": ["a"]},
        ["not", "an", "object"],
        {"id": "dict-date", "text": MEETING, "published": {"y": 2020}},
        {"id": "too-big", "text": "会" * 300},
        {"id": "last", "text": VOLUNTEER, "published": "2020年5月9日"},
        "[" * 100_000 + "]" * 100_000,
    ])
    out_path = tmp_path / "new" / "folder" / "out.jsonl"
    for jobs in ("1", "2"):
        code, out, err = run(["extract", str(folder), "-r", "-o", str(out_path), "-j", jobs, "--max-chars", "200"],
                             capsys)
        assert code == 1
        rows = {r["id"]: r for r in lines(out_path)}
        assert set(rows) == {"ok", "number", "last", "gbk.txt", "good.txt", "j1", "gz1"}
        assert rows["number"]["published"] == "2020-03-09" and rows["last"]["published"] == "2020-05-09"
        assert rows["gbk.txt"]["articles"][0]["events"][0]["type"] == "meeting"
        expected = [
            "binary.txt: not text", "broken.jsonl.gz: cannot read", "docs.JSONL:3: published='2020-02-30'",
            "has no day 30", "docs.JSONL:4: not JSON", "docs.JSONL:5: no 'text'", "docs.JSONL:6: 'text' is list",
            "docs.JSONL:7: a document must be a JSON object", "docs.JSONL:8: published must be a date",
            "docs.JSONL:9 (id too-big): document of 300 characters", "list.json: item 2: no 'text'",
            "nul.txt: contains NUL bytes", "docs.JSONL:11: not readable JSON", "note: " + str(folder / "gbk.txt") + ": not UTF-8, read as GB18030",
        ]
        for part in expected:
            assert part in err, part
        assert "Traceback" not in err and "[P" not in err
        assert "7 documents" in err and "12 failed" in err


def test_without_recursive_sub_folders_are_left_out(capsys, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(MEETING, encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path / "a"), "--no-text"], capsys)
    assert code == 0 and [json.loads(x)["id"] for x in out.splitlines()] == ["one.txt"]
    code, out, err = run(["extract", str(tmp_path / "a"), "-r", "--no-text"], capsys)
    assert code == 0 and [json.loads(x)["id"] for x in out.splitlines()] == ["b/two.txt", "one.txt"]
    code, out, err = run(["extract", str(tmp_path / "a" / "**" / "*.txt"), "-r", "--no-text"], capsys)
    assert code == 0 and sorted(json.loads(x)["id"] for x in out.splitlines()) == ["one.txt", "two.txt"]
    code, out, err = run(["extract", str(tmp_path / "nothing*.txt"), str(tmp_path / "missing.txt")], capsys)
    assert code == 1 and "no file matches" in err and "missing.txt: no such file" in err


def test_standard_input_text_and_jsonl(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MEETING.encode("utf-8"))))
    code, out, err = run(["extract", "-", "--published", "2020/3/9", "--no-text"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "stdin" and data["articles"][0]["events"][0]["when"]["start"].startswith("2020-03-06")
    rows = json.dumps({"id": "x", "text": VOLUNTEER}, ensure_ascii=False) + "\n" + json.dumps({"id": "y"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(rows.encode("utf-8"))))
    code, out, err = run(["extract", "-", "--no-text"], capsys)
    assert code == 1 and json.loads(out)["id"] == "x" and "<stdin>:2: no 'text'" in err


def test_json_format_is_one_valid_list(capsys, tmp_path):
    path = tmp_path / "docs.jsonl"
    write_jsonl(path, [{"id": "a", "text": MEETING}, {"id": "b", "text": VOLUNTEER}])
    code, out, err = run(["extract", str(path), "--format", "json", "--no-text"], capsys)
    assert code == 0 and [d["id"] for d in json.loads(out)] == ["a", "b"]
    target = tmp_path / "out.json"
    assert run(["extract", str(path), "-o", str(target), "--no-text"], capsys)[0] == 0
    assert [d["id"] for d in json.loads(target.read_text(encoding="utf-8"))] == ["a", "b"]


def test_gzip_output_and_resume(capsys, tmp_path):
    path = tmp_path / "docs.jsonl"
    write_jsonl(path, [{"id": "a", "text": MEETING}, {"id": "b", "text": VOLUNTEER}])
    target = tmp_path / "out.jsonl"
    target.write_text(json.dumps({"id": "a"}) + "\n" + '{"id": "b", "arti', encoding="utf-8")  # an interrupted run
    code, out, err = run(["extract", str(path), "-o", str(target), "--resume", "--no-text"], capsys)
    assert code == 0 and "1 already in the output" in err
    assert [r["id"] for r in lines(target)] == ["a", "b"]
    gz = tmp_path / "out.jsonl.gz"
    assert run(["extract", str(path), "-o", str(gz), "--no-text"], capsys)[0] == 0
    with gzip.open(gz, "rt", encoding="utf-8") as handle:
        assert [json.loads(x)["id"] for x in handle] == ["a", "b"]
    assert run(["extract", str(path), "--resume"], capsys)[0] == 2


def test_published_from_filename(capsys, tmp_path):
    folder = tmp_path / "2020" / "03"
    folder.mkdir(parents=True)
    (folder / "paper_20200309_p4.txt").write_text("6日上午,北城区召开安全生产例会。", encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path), "-r", "--published-from-filename", "%Y%m%d", "--no-text"], capsys)
    assert code == 0 and json.loads(out)["published"] == "2020-03-09"
    assert json.loads(out)["published_source"] == "filename"
    (tmp_path / "undated.txt").write_text("6日上午,北城区召开安全生产例会。", encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path), "-r", "--published-from-filename", "%Y%m%d", "--no-text"],
                         capsys)
    assert code == 0 and [json.loads(x)["published"] for x in out.splitlines()] == ["2020-03-09", None]
    assert "undated.txt: no date of the form %Y%m%d in its path" in err
    code, out, err = run(["extract", str(tmp_path), "--published-from-filename", "%m%d"], capsys)
    assert code == 2 and "needs a year" in err


def test_filename_date_reader():
    read = filename_date_reader("%Y-%m-%d")
    assert read(cli.Path("x/2021-12-31.txt")) == "2021-12-31"
    assert read(cli.Path("x/2021-02-30.txt")) is None
    assert read(cli.Path("x/page.txt")) is None


@pytest.mark.parametrize("value, expected", [
    ("2020-03-09", "2020-03-09"), ("2020-03-09T08:00:00+08:00", "2020-03-09"), ("2020年3月9日", "2020-03-09"),
    ("2020/3/9", "2020-03-09"), ("2020.03.09", "2020-03-09"), (20200309, "2020-03-09"), ("20200309", "2020-03-09"),
    ("Mar 9 2020", "2020-03-09"), ("9 March 2020", "2020-03-09"), ("March 9, 2020", "2020-03-09"),
    (None, None), ("  ", None),
])
def test_read_date(value, expected):
    assert read_date(value) == expected


@pytest.mark.parametrize("value, reason", [
    ("2020-02-30", "2020-02 has no day 30"), ("2021-13-01", "no month 13"), (2020, "YYYYMMDD"),
    (True, "date string"), (3.5, "date string"),
])
def test_read_date_reasons(value, reason):
    with pytest.raises(OptionError) as error:
        read_date(value)
    assert reason in error.value.message


def test_bad_options_are_one_line(capsys, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("会议", encoding="utf-8")
    code, out, err = run(["extract", str(path), "--published", "no-such-day-42x"], capsys)
    assert code == 2 and "--published" in err and "Traceback" not in err
    assert run(["extract", str(path), "--jobs", "0"], capsys)[0] == 2
    code, out, err = run(["extract", str(path), "-o", str(tmp_path)], capsys)
    assert code == 2 and "is a folder" in err
    code, out, err = run(["extract", str(path), "--format", "parquet"], capsys)
    assert code == 2


def test_traditional_without_the_extra_is_one_line(capsys, tmp_path, monkeypatch):
    import pressie.hant

    monkeypatch.setattr(pressie.hant, "available", lambda: False)
    path = tmp_path / "p.txt"
    path.write_text(MEETING, encoding="utf-8")
    code, out, err = run(["extract", str(path), "--traditional"], capsys)
    assert code == 2 and "pressie[hant]" in err and out == ""


def test_traditional_text_gets_a_hint(capsys, tmp_path):
    path = tmp_path / "hant.txt"
    path.write_text("3月6日上午，北城區召開安全生產例會，區委書記張明主持會議並講話，與會人員討論了這項工作。", encoding="utf-8")
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 0 and "looks like traditional characters" in err and "--traditional" in err
    code, out, err = run(["extract", str(tmp_path / "hant.txt"), "-q"], capsys)
    assert err == ""


def test_verbose_after_the_subcommand(capsys, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(MEETING, encoding="utf-8")
    assert run(["extract", str(path), "-v", "-q"], capsys)[0] == 0
    assert run(["-v", "extract", str(path), "-q"], capsys)[0] == 0


def test_pretty_format(capsys):
    code, out, err = run(["extract", SEED, "--format", "pretty"], capsys)
    assert code == 0
    assert "meeting" in out and "None" not in out and "[0, " not in out
    assert "no publication date" in out and "year unknown" in out
    assert "not in any article: block 0 «" in out


def test_pretty_format_with_a_date_and_no_time(capsys, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("北城区召开安全生产例会,区委书记张明主持会议。", encoding="utf-8")
    code, out, err = run(["extract", str(path), "--format", "pretty", "--published", "2020-03-09"], capsys)
    assert code == 0 and "published 2020-03-09 (given)" in out
    assert "None" not in out and "when: no time stated" in out


def test_models_list_without_a_model(capsys, tmp_path):
    code, out, err = run(["models", "list", "--dir", str(tmp_path)], capsys)
    assert "not installed" in out and "pressie models fetch" in out
    assert run(["models", "check", "--dir", str(tmp_path)], capsys)[0] == 1


def test_check(capsys):
    code, out, err = run(["check"], capsys)
    assert code == 0 and "word lists" in out and "event types" in out and "valid" in out


def test_module_runs_as_a_program():
    result = subprocess.run([sys.executable, "-m", "pressie", "extract", SEED, "--no-text", "-q"],
                            capture_output=True, text=True, check=True)
    assert "text" not in json.loads(result.stdout) and result.stderr == ""


def test_jobs_give_the_same_lines_and_errors(capsys, tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [{"id": f"d{k}", "text": f"{k % 9 + 1}月6日,区委召开常委会,区委书记张明主持会议。", "published": "2020-12-30"}
            for k in range(12)]
    rows.insert(5, {"id": "bad", "text": "区委召开会议", "published": "bad"})
    write_jsonl(path, rows)
    code1, out1, err1 = run(["extract", str(path), "--no-text"], capsys)
    code2, out2, err2 = run(["extract", str(path), "--no-text", "--jobs", "2"], capsys)
    assert code1 == code2 == 1
    assert out1 == out2 and len(out2.splitlines()) == 12
    assert "docs.jsonl:6: published='bad'" in err2 and "12 documents" in err2 and "1 failed" in err2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_unexpected_exception_stays_with_its_document(capsys, tmp_path, monkeypatch, jobs):
    import multiprocessing

    if jobs != "1" and multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched function reaches worker processes only when they are forked")
    import pressie.batch

    real = pressie.batch.extract

    def fragile(text, **kwargs):
        if "爆" in text:
            raise RuntimeError("broken rule")
        return real(text, **kwargs)

    monkeypatch.setattr(pressie.batch, "extract", fragile)
    path = tmp_path / "docs.jsonl"
    write_jsonl(path, [{"id": "a", "text": MEETING}, {"id": "b", "text": "爆" + MEETING}, {"id": "c", "text": VOLUNTEER}])
    code, out, err = run(["extract", str(path), "--no-text", "-j", jobs], capsys)
    assert code == 1 and [json.loads(x)["id"] for x in out.splitlines()] == ["a", "c"]
    assert "docs.jsonl:2 (id b): RuntimeError: broken rule" in err


def test_parquet_output_reads_back_as_the_events_table(capsys, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    import pressie

    docs = [{"id": "a", "text": MEETING, "published": "2020-03-09"}, {"id": "b", "text": VOLUNTEER},
            {"id": "c", "text": "天气晴。"}]
    path = tmp_path / "docs.jsonl"
    write_jsonl(path, docs)
    target = tmp_path / "out" / "events.parquet"
    code, out, err = run(["extract", str(path), "-o", str(target), "-j", "2"], capsys)
    assert code == 0 and out == ""
    expected = pressie.to_pandas(list(pressie.extract_many(docs)))
    got = pd.read_parquet(target, dtype_backend="pyarrow")
    pd.testing.assert_frame_equal(got, expected)
    assert list(got["id"]) == ["a", "b"]


def test_csv_output_one_row_per_article(capsys, tmp_path):
    import csv

    path = tmp_path / "docs.jsonl"
    write_jsonl(path, [{"id": "a", "text": MEETING}, {"id": "b", "text": VOLUNTEER}])
    code, out, err = run(["extract", str(path), "--format", "csv", "--table", "articles"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["a", "b"]
    assert json.loads(rows[0]["event_types"]) == ["meeting"]
    assert run(["extract", str(path), "--table", "articles"], capsys)[0] == 2


def test_the_commands_of_docs_cli_md_run(tmp_path, monkeypatch, capsys):
    import re
    import shlex
    import shutil

    root = cli.Path(__file__).resolve().parents[1]
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    text = (root / "docs" / "cli.md").read_text(encoding="utf-8")
    commands = [line for block in re.findall(r"^```bash\n(.*?)^```", text, re.S | re.M)
                for line in block.splitlines() if line.startswith("pressie ")]
    assert len(commands) >= 4
    for command in commands:
        assert main(shlex.split(command)[1:]) == 0, command
    assert (tmp_path / "out" / "pages.jsonl").exists()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "pretty", "csv"])
def test_a_lone_surrogate_fails_its_document_only(capsys, tmp_path, fmt):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "s", "text": "3月6日\\ud800召开会议"}\n' + json.dumps({"id": "ok", "text": MEETING}) + "\n",
                    encoding="utf-8")
    target = tmp_path / f"out.{ {'pretty': 'txt'}.get(fmt, fmt) }"
    code, out, err = run(["extract", str(path), "-o", str(target), "--no-text"], capsys)
    assert code == 1 and "docs.jsonl:1: 'text' holds a lone surrogate" in err
    written = target.read_text(encoding="utf-8")
    assert "召开会议" not in written and "北城区" in written
    if fmt == "json":
        assert [d["id"] for d in json.loads(written)] == ["ok"]


def test_a_document_that_cannot_be_written_fails_alone(capsys, tmp_path, monkeypatch):
    import pressie.batch

    real = pressie.batch.extract

    def with_bad_id(text, **kwargs):
        page = real(text, **kwargs)
        return page if "北城区" in text else real(text, **{**kwargs, "id": "\ud800"})

    monkeypatch.setattr(pressie.batch, "extract", with_bad_id)
    path = tmp_path / "docs.jsonl"
    write_jsonl(path, [{"id": "a", "text": VOLUNTEER}, {"id": "b", "text": MEETING}])
    target = tmp_path / "out.json"
    code, out, err = run(["extract", str(path), "-o", str(target), "--no-text"], capsys)
    assert code == 1 and "docs.jsonl:1: cannot write its output: UnicodeEncodeError" in err
    assert [d["id"] for d in json.loads(target.read_text(encoding="utf-8"))] == ["b"]


def test_read_date_hands_other_forms_to_dateparser(monkeypatch):
    import datetime
    import types

    seen = []

    def parse(text, settings=None):
        seen.append((text, settings))
        return datetime.datetime(2020, 3, 9, 8, 0) if text == "9 mars 2020" else None

    monkeypatch.setitem(sys.modules, "dateparser", types.SimpleNamespace(parse=parse))
    assert read_date("9 mars 2020") == "2020-03-09"
    with pytest.raises(OptionError, match="is not a date"):
        read_date("sometime")
    assert seen[0][1] == {"STRICT_PARSING": True}
    monkeypatch.setitem(sys.modules, "dateparser", None)  # not installed
    with pytest.raises(OptionError, match=r"pressie\[dates\]"):
        read_date("9 mars 2020")


def test_a_utf32_file_is_read_as_utf32(tmp_path, capsys):
    from pressie.cli import _decode
    text = "3月5日，县委召开常委会。"
    decoded, note, error = _decode(text.encode("utf-32"), "a.txt")
    assert decoded == text and "UTF-32" in note and error is None
    assert _decode(text.encode("utf-16"), "b.txt")[0] == text
    assert _decode(b"\xff\xfe" + b"\x00\x00" * 4, "c.txt")[2] is not None  # NUL characters: no text
