"""One process vs worker processes vs Spark local mode, on the same corpus.

    python benchmarks/scale.py [--mb 20] [--jobs 2] [--skip-spark]

Builds a corpus of the dev pages (dev-pages.jsonl and dev-realpages.jsonl,
repeated with fresh ids) of at least ``--mb`` megabytes of UTF-8 text, written
as one JSONL file, then runs the same job three ways, each in a fresh Python
process: JSONL in, the ``pages`` table (``pressie.tables``) out as Parquet.

- ``single``: ``pressie.extract_many`` in one process (``n_process=1``);
- ``processes``: ``pressie.extract_many(n_process=--jobs)``;
- ``spark``: ``pressie.spark.extract_df`` on ``local[--jobs]``, reading the
  JSONL with ``spark.read.json`` and writing Parquet with Spark.

For each: wall time of the job, pages/s and MB/s, the ratio to ``single``,
start-up cost (``single``/``processes``: import and the first document's
result; ``spark``: the session and a first two-row job, which starts the
Python workers and loads pressie's resources) and peak RSS per worker process
(``single``: the process itself; ``processes``: the largest worker; ``spark``:
the largest Python worker, sampled, and the JVM). Ends with the sizing rule of
``docs/scale.md``: pages per core-hour and the executors for 10 M pages in a
night (8 hours).
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import argparse
import json
import resource
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from _common import gold, rss_mb, table

MODES = ("single", "processes", "spark")


def build_corpus(path: Path, mb: float) -> tuple[int, int, int]:
    """Write the dev pages, repeated, to ``path`` until ``mb`` MB; (pages, characters, bytes)."""
    pages = gold("dev-pages.jsonl") + gold("dev-realpages.jsonl")
    n = chars = size = 0
    with path.open("w", encoding="utf-8") as out:
        while size < mb * 1_000_000:
            for page in pages:
                line = json.dumps({"id": f"{page['id']}#{n}", "text": page["text"], "published": page["published"]},
                                  ensure_ascii=False)
                out.write(line + "\n")
                n += 1
                chars += len(page["text"])
                size += len(page["text"].encode("utf-8"))
    return n, chars, size


def _descendants(root: int) -> dict[int, str]:
    """{pid: command line} of every process below ``root``."""
    parents: dict[int, int] = {}
    commands: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            commands[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, ValueError, IndexError):
            continue
    out, frontier = {}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in out:
                out[child] = commands.get(child, "")
                frontier.append(child)
    return out


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


class Sampler(threading.Thread):
    """Peak RSS and CPU time of the Python workers and of the JVM below this process, sampled every 0.2 s."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.python: dict[int, float] = {}
        self.jvm = 0.0
        self.cpu: dict[int, float] = {}
        self.lock = threading.Lock()
        self.done = threading.Event()

    def sample(self) -> None:
        for pid, command in _descendants(os.getpid()).items():
            rss, cpu = rss_mb(pid), _cpu_s(pid)
            with self.lock:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu)
                if "java" in command.split(" ", 1)[0]:
                    self.jvm = max(self.jvm, rss)
                elif "pyspark" in command or "python" in command.split(" ", 1)[0]:
                    self.python[pid] = max(self.python.get(pid, 0.0), rss)

    def cpu_total(self) -> float:
        self.sample()
        with self.lock:
            return sum(self.cpu.values())

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.sample()


def run_local(corpus: Path, out: Path, jobs: int) -> dict:
    t0 = time.perf_counter()
    import pressie
    from pressie.tables import write_parquet

    imported = time.perf_counter() - t0

    def docs():
        with corpus.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)

    first: list[float] = []

    def timed(stream):
        for k, page in enumerate(stream):
            if not k:
                first.append(time.perf_counter() - start)
            yield page

    def cpu() -> float:
        return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                       resource.getrusage(resource.RUSAGE_CHILDREN)))

    cpu0 = cpu()
    start = time.perf_counter()
    rows = write_parquet(timed(pressie.extract_many(docs(), n_process=jobs, on_error="return")), out, kind="pages")
    wall = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rows": rows, "wall": wall, "cpu": cpu() - cpu0, "startup": imported + first[0],
            "rss_worker": own if jobs == 1 else workers, "rss_parent": own}


def run_spark(corpus: Path, out: Path, jobs: int) -> dict:
    sampler = Sampler()
    sampler.start()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    t0 = time.perf_counter()
    from pyspark.sql import SparkSession

    from pressie.spark import extract_df

    spark = (SparkSession.builder.master(f"local[{jobs}]").appName("pressie-scale")
             .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.sql.files.maxPartitionBytes", str(1024 * 1024)).getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    session = time.perf_counter() - t0
    t1 = time.perf_counter()
    warm = spark.createDataFrame([("w1", "天气晴。", None), ("w2", "天气晴。", None)],
                                 "id string, text string, published string").repartition(jobs)
    extract_df(warm, published_col="published").write.format("noop").mode("overwrite").save()
    first_job = time.perf_counter() - t1
    own = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = sampler.cpu_total() + own.ru_utime + own.ru_stime
    start = time.perf_counter()
    df = spark.read.schema("id string, text string, published string").json(str(corpus))
    pages = extract_df(df, published_col="published")
    pages.write.mode("overwrite").parquet(str(out))
    wall = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    cpu = sampler.cpu_total() + own.ru_utime + own.ru_stime - cpu0
    rows = spark.read.parquet(str(out)).count()
    partitions = df.rdd.getNumPartitions()
    spark.stop()
    sampler.done.set()
    sampler.join()
    return {"rows": rows, "wall": wall, "cpu": cpu, "startup": session + first_job, "session": session,
            "first_job": first_job,
            "rss_worker": max(sampler.python.values(), default=0.0), "rss_jvm": sampler.jvm,
            "python_workers": len(sampler.python), "partitions": partitions}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)  # one run, in a child process
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.mode:
        corpus, out = Path(args.corpus), Path(args.out)
        if args.mode == "spark":
            result = run_spark(corpus, out, args.jobs)
        else:
            result = run_local(corpus, out, 1 if args.mode == "single" else args.jobs)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory(prefix="pressie-scale-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, chars, size = build_corpus(corpus, args.mb)
        print(f"corpus: {n:,} pages, {chars:,} characters, {size / 1e6:.1f} MB UTF-8 "
              f"({chars / n:,.0f} characters a page); {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        results = {}
        for mode in MODES:
            if mode == "spark" and args.skip_spark:
                continue
            cmd = [sys.executable, __file__, "--mode", mode, "--jobs", str(args.jobs), "--corpus", str(corpus),
                   "--out", str(Path(tmp) / f"{mode}.parquet")]
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode:
                print(f"{mode}: failed\n{done.stderr[-2000:]}")
                continue
            results[mode] = json.loads(done.stdout.strip().splitlines()[-1])
            assert results[mode]["rows"] == n, (mode, results[mode]["rows"], n)
            print(f"{mode}: {results[mode]['wall']:.1f} s", flush=True)
        base = results["single"]["wall"]
        rows = []
        for mode, r in results.items():
            workers = 1 if mode == "single" else args.jobs
            label = {"single": "one process", "processes": f"extract_many n_process={args.jobs}",
                     "spark": f"Spark local[{args.jobs}]"}[mode]
            rss = f"{r['rss_worker']:.0f}" + (f" (JVM {r['rss_jvm']:.0f})" if mode == "spark" else "")
            rows.append((label, workers, f"{r['wall']:.1f}", f"{n / r['wall']:.1f}", f"{size / 1e6 / r['wall']:.2f}",
                         f"{base / r['wall']:.2f}×", f"{r['cpu']:.0f}", f"{n / r['cpu'] * 3600:,.0f}",
                         f"{r['startup']:.1f}", rss))
        print(table(rows, ("run", "cores", "wall s", "pages/s", "MB/s", "vs one process", "CPU s",
                           "pages per CPU-hour", "start-up s", "peak RSS MB per worker")))
        if "spark" in results:
            s = results["spark"]
            print(f"spark: session {s['session']:.1f} s, first job {s['first_job']:.1f} s, "
                  f"{s['partitions']} input partitions, {s['python_workers']} Python worker processes seen")
        print(f"sizing ({chars / n:,.0f}-character pages; a core-hour is an hour of CPU time, so the figures hold "
              f"however busy the machine was):")
        for mode, r in results.items():
            rate = n / r["cpu"] * 3600
            need = 10_000_000 / (rate * 8)
            print(f"  {mode}: {rate:,.0f} pages per core-hour → 10 M pages in 8 hours: {need:.0f} busy cores "
                  f"({need / 4:.0f} executors of 4 cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
