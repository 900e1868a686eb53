"""`make bench`'s measurements and its one table. bench/run builds everything first and
runs this inside Xvfb and a D-Bus session; see docs/PERFORMANCE.md for what each figure
means and how it is taken. Standard library only (plus libX11 through bench/screen.py).
"""

import argparse
import gzip
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from screen import Screen, distinct_colours, write_png

TODAY = "2026-11-25"
SETTLE_S = 2.5  # the screen is settled when nothing new appeared for this long
GIVE_UP_S = 40.0
MEMORY_AT_S = 5.0
FRAME_INTERVAL_S = 0.010
# Both windows are 960 × 720 at the screen's top-left corner (no window manager). The
# screen is compared over that area less the 20 px at its right edge, where WebKitGTK's
# overlay scrollbar fades in and out for two seconds on a page taller than the window:
# an animation, not content.
WATCH_W, WATCH_H = 940, 720


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --- start-up and memory -------------------------------------------------------------


def process_tree(root_pid):
    """The pid and every descendant, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as file:
                stat = file.read()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces.
        fields = stat[stat.rfind(b")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry))
    tree, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def memory_of_tree(root_pid):
    """(RSS, PSS) in KiB summed over the tree, and the processes' names."""
    rss = pss = 0
    names = []
    for pid in process_tree(root_pid):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("Name:"):
                names.append(line.split()[1])
            if line.startswith("VmRSS:"):
                rss += int(line.split()[1])
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                pss += int(line.split()[1])
    return rss, pss, names


def fresh_env(home, extra):
    """A first-launch environment: new home, data, cache and runtime folders."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DISPLAY": os.environ["DISPLAY"],
        "XAUTHORITY": os.environ.get("XAUTHORITY", ""),
        "DBUS_SESSION_BUS_ADDRESS": os.environ.get("DBUS_SESSION_BUS_ADDRESS", ""),
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    env.update(extra)
    return env


def stop(process):
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    # WebKit's helpers may outlive the app for a moment: wait for the whole group.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# In place of a database: the app started in a new home with no file yet, as on the
# first start after installing it (it creates the file and shows the first-run guide).
NO_FILE_YET = "no file yet"


def start_once(name, binary, database, screen, blank, png=None, env=None):
    """One start of `binary` on an empty screen (the app on a copy of `database`, or on
    no file at all with NO_FILE_YET; the floor with None), with `env` added to its
    environment. Returns the timings and the memory."""
    home = Path(tempfile.mkdtemp(prefix=f"hoken-techo-bench-{name}-"))
    extra = dict(env or {})
    if database:
        extra |= {
            "HOKEN_TECHO_TODAY": TODAY,
            # Each step of the start, on stderr (src-tauri/src/startup_trace.rs).
            "HOKEN_TECHO_TRACE_STARTUP": "1",
        }
    if database and database != NO_FILE_YET:
        extra["HOKEN_TECHO_DB"] = str(home / "household.db")
        shutil.copyfile(database, extra["HOKEN_TECHO_DB"])
    env = fresh_env(home, extra)
    seen = {blank}
    changes = []
    first_change = last_new = None
    last_frame = None
    log_file = open(home / "app.log", "wb")
    spawned_unix_ms = time.time() * 1000
    start = time.perf_counter()
    process = subprocess.Popen(
        [binary], env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        while True:
            frame = screen.grab(WATCH_W, WATCH_H)
            now = time.perf_counter() - start
            if frame is not None:
                digest = zlib.crc32(frame)
                if digest != blank and first_change is None:
                    first_change = now
                if digest not in seen:
                    seen.add(digest)
                    last_new = now
                    last_frame = frame
                    changes.append(round(now, 3))
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited ({process.returncode}); log: {home / 'app.log'}")
            if last_new is not None and now - last_new >= SETTLE_S:
                break
            if now > GIVE_UP_S:
                raise RuntimeError(f"{name}: the screen did not settle within {GIVE_UP_S:.0f} s")
            time.sleep(FRAME_INTERVAL_S)
        wait = MEMORY_AT_S - (time.perf_counter() - start)
        if wait > 0:
            time.sleep(wait)
        memory_at = time.perf_counter() - start
        rss, pss, names = memory_of_tree(process.pid)
    finally:
        stop(process)
        log_file.close()
    trace = startup_trace((home / "app.log").read_text(errors="replace"), spawned_unix_ms)
    colours = distinct_colours(last_frame)
    if colours < 8:
        raise RuntimeError(f"{name}: the settled screen is blank ({colours} colours)")
    if png:
        write_png(png, last_frame, WATCH_W, WATCH_H)
    shutil.rmtree(home, ignore_errors=True)
    # Back to an empty screen before the next start.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        frame = screen.grab(WATCH_W, WATCH_H)
        if frame is not None and zlib.crc32(frame) == blank:
            break
        time.sleep(0.05)
    return {
        "first_change_s": first_change,
        "complete_s": last_new,
        "memory_at_s": memory_at,
        "rss_kib": rss,
        "pss_kib": pss,
        "processes": names,
        "changes_s": changes,
        "trace_ms": trace,
    }


def startup_trace(log, spawned_unix_ms):
    """The app's start-up trace from its stderr: {step: ms since the process was
    started}. Lines: `hoken-techo start-up: <ms since main> ms <unix ms> <step>`."""
    steps = {}
    for line in log.splitlines():
        if not line.startswith("hoken-techo start-up: "):
            continue
        parts = line.split(" ", 5)
        if len(parts) < 6:
            continue
        try:
            steps.setdefault(parts[5], float(parts[4]) - spawned_unix_ms)
        except ValueError:
            continue
    return steps


def startup(args, results, out):
    screen = Screen()
    blank = zlib.crc32(screen.grab(WATCH_W, WATCH_H))
    grab_costs = []
    for _ in range(20):
        begin = time.perf_counter()
        zlib.crc32(screen.grab(WATCH_W, WATCH_H))
        grab_costs.append(time.perf_counter() - begin)
    results["grab_ms"] = statistics.median(grab_costs) * 1000
    # The floor twice: as any Tauri app starts (WebKit's default, the baseline of the
    # targets), and without WebKit's DMA-BUF renderer, as the app runs on Linux
    # (docs/DECISIONS.md), which shows how much of the app's lead is that one setting.
    like_app = {"WEBKIT_DISABLE_DMABUF_RENDERER": "1"}
    subjects = {
        "app": (args.app, fixture(args, 6), None),
        "floor": (args.floor, None, None),
        "floor_like_app": (args.floor, None, like_app),
        # The first start after installing, and households smaller and larger than six
        # whose members have ended earlier qualifications (bench-household ... history).
        "app_first_run": (args.app, NO_FILE_YET, None),
        "app_1": (args.app, fixture(args, "1-history"), None),
        "app_50": (args.app, fixture(args, "50-history"), None),
    }
    # One unmeasured start of each (page cache, font cache), then alternate.
    for name, (binary, database, env) in subjects.items():
        log(f"warm-up start: {name}")
        start_once(name, binary, database, screen, blank, env=env)
    runs = {name: [] for name in subjects}
    for index in range(args.runs):
        for name, (binary, database, env) in subjects.items():
            png = out / f"startup-{name}.png" if index == 0 else None
            run = start_once(name, binary, database, screen, blank, png, env)
            log(
                f"start {index + 1}/{args.runs} {name}: window {run['first_change_s'] * 1000:.0f} ms,"
                f" settled {run['complete_s'] * 1000:.0f} ms, RSS {run['rss_kib'] / 1024:.0f} MiB"
                f" ({', '.join(run['processes'])})"
            )
            runs[name].append(run)
    results["startup"] = runs
    for name in subjects:
        for key in ("first_change_s", "complete_s", "rss_kib", "pss_kib"):
            results[f"{name}_{key}"] = statistics.median(run[key] for run in runs[name])
    # The app's steps: the median of each over the starts that traced it, in order.
    steps = {}
    for run in runs["app"]:
        for step, at in run["trace_ms"].items():
            steps.setdefault(step, []).append(at)
    results["app_trace_ms"] = dict(
        sorted(((step, statistics.median(ats)) for step, ats in steps.items()), key=lambda item: item[1])
    )


# --- the command line ----------------------------------------------------------------


def timed_runs(command, runs, warmup=3):
    samples = []
    for index in range(warmup + runs):
        begin = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if index >= warmup:
            samples.append(time.perf_counter() - begin)
    return statistics.median(samples)


CLI_TIMEOUT_S = 20.0


def cli(args, results):
    log("CLI latency")
    results["cli_version_s"] = timed_runs([args.cli, "--version"], args.cli_runs)
    # The .deb's `hoken-techo` is the app's binary (docs/DECISIONS.md): it loads GTK and
    # WebKit's libraries before main(), which the CLI's own binary does not.
    results["app_cli_version_s"] = timed_runs([args.app, "--cli", "--version"], args.cli_runs)
    results["app_cli_status_6_s"] = timed_runs(
        [args.app, "--cli", "--db", fixture(args, 6), "status", "--on", "2027-02-01"], args.cli_runs
    )
    for members, runs in ((6, args.cli_runs), (100, 5), (300, 3)):
        results[f"cli_status_{members}_s"] = timed_runs(
            [args.cli, "--db", fixture(args, members), "status", "--on", "2027-02-01"], runs, warmup=1
        )
    # 10,000 members: one attempt, given up after CLI_TIMEOUT_S (see docs/PERFORMANCE.md).
    begin = time.perf_counter()
    try:
        subprocess.run(
            [args.cli, "--db", fixture(args, 10000), "status", "--on", "2027-02-01"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
            timeout=CLI_TIMEOUT_S,
        )
        results["cli_status_10000_s"] = time.perf_counter() - begin
    except subprocess.TimeoutExpired:
        results["cli_status_10000_s"] = None


def fixture(args, members):
    return str(Path(args.fixtures) / f"household-{members}.db")


def in_process(args, results):
    log("status in-process")
    # Medians of many runs: one run of a few milliseconds is at the mercy of the machine.
    for members, runs in ((6, 301), (100, 101), (300, 51), (1000, 21), (10000, 5)):
        output = subprocess.run(
            [args.household, "time", fixture(args, members), str(runs)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[f"core_status_{members}_us"] = int(output.stdout.strip())


# --- peak memory of the heavy commands ------------------------------------------------


def peak_rss_kib(command, expect_failure=False):
    """The command's peak resident memory in KiB (the kernel's ru_maxrss of the child)
    and its wall time in seconds."""
    begin = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - begin
    if (process.returncode != 0) != expect_failure:
        raise RuntimeError(f"{' '.join(map(str, command))} exited {process.returncode}")
    return usage.ru_maxrss, elapsed


# The import curve: files of these many members; the largest is over the import's cap
# (household_file::MAX_MEMBERS, 500) and refused, which must not cost memory either.
IMPORT_SIZES = (100, 250, 500, 2000)
IMPORT_REFUSED_OVER = 500


def peak_memory(args, results):
    log("peak memory: status, pdf, import")
    work = Path(tempfile.mkdtemp(prefix="hoken-techo-bench-memory-"))
    try:
        database = work / "household-6.db"
        shutil.copyfile(fixture(args, 6), database)
        results["peak_status_6_kib"], _ = peak_rss_kib(
            [args.cli, "--db", database, "status", "--on", "2027-02-01"]
        )
        results["peak_pdf_6_kib"], results["pdf_6_s"] = peak_rss_kib(
            [args.cli, "--db", database, "pdf", "--household", "--cutouts", "--output", work / "household.pdf"]
        )
        for members in IMPORT_SIZES:
            file = work / f"household-{members}.json"
            subprocess.run([args.household, "file", file, str(members)], check=True)
            target = work / f"import-{members}.db"
            results[f"peak_import_{members}_kib"], results[f"import_{members}_s"] = peak_rss_kib(
                [args.cli, "--db", target, "import", file], expect_failure=members > IMPORT_REFUSED_OVER
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- sizes and criterion -------------------------------------------------------------


def sizes(args, results):
    results["app_deb_bytes"] = os.path.getsize(args.app_deb)
    results["floor_deb_bytes"] = os.path.getsize(args.floor_deb)
    results["app_binary_bytes"] = os.path.getsize(args.app)
    results["floor_binary_bytes"] = os.path.getsize(args.floor)
    results["cli_binary_bytes"] = os.path.getsize(args.cli)
    raw = packed = 0
    for path in sorted(Path(args.ui_dist).rglob("*")):
        if path.suffix in (".js", ".css"):
            data = path.read_bytes()
            raw += len(data)
            packed += len(gzip.compress(data, 9))
    results["ui_raw_bytes"] = raw
    results["ui_gzip_bytes"] = packed
    fonts = Path(__file__).resolve().parent.parent / "assets" / "fonts"
    font_bytes = sum(path.stat().st_size for path in fonts.glob("*.ttf"))
    results["fonts_bytes"] = font_bytes
    results["fonts_gzip_bytes"] = sum(
        len(gzip.compress(path.read_bytes(), 6)) for path in fonts.glob("*.ttf")
    )


def criterion(args, results):
    """Medians of the criterion benchmarks that ran since `args.criterion_since`."""
    found = {}
    for benchmark in Path(args.criterion_dir).glob("**/new/benchmark.json"):
        if benchmark.stat().st_mtime < args.criterion_since:
            continue
        meta = json.loads(benchmark.read_text())
        estimates = json.loads((benchmark.parent / "estimates.json").read_text())
        found[meta["full_id"]] = estimates["median"]["point_estimate"] / 1000.0  # µs
    results["criterion_us"] = found


# --- the table -----------------------------------------------------------------------


def ms(seconds):
    return f"{seconds * 1000:.0f} ms"


def ms1(seconds):
    return f"{seconds * 1000:.1f} ms"


def mib(kib):
    return f"{kib / 1024:.0f} MiB"


def mib1(kib):
    return f"{kib / 1024:.1f} MiB"


def mb(size):
    return f"{size / 1e6:.2f} MB"


def kb(size):
    return f"{size / 1000:.1f} KB"


def us(value):
    if value >= 1e6:
        return f"{value / 1e6:.1f} s"
    return f"{value / 1000:.2f} ms" if value >= 1000 else f"{value:.1f} µs"


def verdict(ok):
    return "ok" if ok else "MISSED"


# The targets (docs/PERFORMANCE.md says where each comes from).
FIRST_PAINT_MAX = 1.10  # × the floor's
SETTLED_MAX = 1.15  # × the floor's
RSS_MAX = 1.15  # × the floor's
DEB_MAX_BYTES = 12.5e6


def table(r):
    """The rows of the table: (measure, value, baseline, ratio, target, verdict), where
    the verdict is "ok", "MISSED" or "" for a figure without a target."""
    rows = []

    def row(what, value, baseline, ratio, target, ok):
        rows.append((what, value, baseline, ratio, target, "" if ok is None else verdict(ok)))

    paint_ratio = r["app_first_change_s"] / r["floor_first_change_s"]
    start_ratio = r["app_complete_s"] / r["floor_complete_s"]
    row(
        "start-up: window shown (first paint)",
        ms(r["app_first_change_s"]),
        ms(r["floor_first_change_s"]) + " floor",
        f"{paint_ratio:.2f}×",
        f"≤ {FIRST_PAINT_MAX}× floor",
        paint_ratio <= FIRST_PAINT_MAX,
    )
    row(
        "start-up: household list rendered (settled)",
        ms(r["app_complete_s"]),
        ms(r["floor_complete_s"]) + " floor",
        f"{start_ratio:.2f}×",
        f"≤ {SETTLED_MAX}× floor",
        start_ratio <= SETTLED_MAX,
    )
    for key, what in (
        ("app_first_run", "  the first start after installing (no file yet: the first-run guide)"),
        ("app_1", "  1 member with history (ended qualifications)"),
        ("app_50", "  50 members with history"),
    ):
        if f"{key}_complete_s" in r:
            row(
                what,
                ms(r[f"{key}_complete_s"]),
                ms(r["floor_complete_s"]) + " floor",
                f"{r[f'{key}_complete_s'] / r['floor_complete_s']:.2f}×",
                "",
                None,
            )
    if "floor_like_app_complete_s" in r:
        row(
            "  the floor without the DMA-BUF renderer, as the app runs",
            ms(r["floor_like_app_complete_s"]),
            ms(r["floor_complete_s"]) + " floor",
            f"app {r['app_complete_s'] / r['floor_like_app_complete_s']:.2f}× this",
            "",
            None,
        )
    rss_ratio = r["app_rss_kib"] / r["floor_rss_kib"]
    row(
        "idle memory at 5 s, RSS of process tree",
        mib(r["app_rss_kib"]),
        mib(r["floor_rss_kib"]) + " floor",
        f"{rss_ratio:.2f}×",
        f"≤ {RSS_MAX}× floor",
        rss_ratio <= RSS_MAX,
    )
    row(
        "idle memory at 5 s, PSS of process tree",
        mib(r["app_pss_kib"]),
        mib(r["floor_pss_kib"]) + " floor",
        f"{r['app_pss_kib'] / r['floor_pss_kib']:.2f}×",
        "",
        None,
    )
    if "peak_status_6_kib" in r:
        base = r["peak_status_6_kib"]
        base_label = mib1(base) + " CLI status"
        row(
            "peak memory: `pdf`, household of 6 with cut-outs",
            mib1(r["peak_pdf_6_kib"]),
            base_label,
            f"{r['peak_pdf_6_kib'] / base:.1f}×",
            "",
            None,
        )
        for members in IMPORT_SIZES:
            refused = members > IMPORT_REFUSED_OVER
            value = r[f"peak_import_{members}_kib"]
            row(
                f"peak memory: `import`, {members:,} members" + (" (over the cap: refused)" if refused else ""),
                f"{mib1(value)}, {ms(r[f'import_{members}_s'])}",
                base_label,
                f"{value / base:.1f}×",
                "",
                None,
            )
    deb = r["app_deb_bytes"]
    row(
        ".deb size",
        mb(deb),
        mb(r["floor_deb_bytes"]) + " floor",
        f"{deb / r['floor_deb_bytes']:.1f}×",
        f"≤ {DEB_MAX_BYTES / 1e6:g} MB",
        deb <= DEB_MAX_BYTES,
    )
    row(
        "release binary (hoken-techo-app)",
        mb(r["app_binary_bytes"]),
        mb(r["floor_binary_bytes"]) + " floor",
        f"{r['app_binary_bytes'] / r['floor_binary_bytes']:.1f}×",
        "",
        None,
    )
    row(
        "  of which the embedded font (Noto Sans JP)",
        mb(r["fonts_bytes"]),
        mb(r["fonts_gzip_bytes"]) + " gzipped",
        "",
        "",
        None,
    )
    row("release binary (hoken-techo CLI)", mb(r["cli_binary_bytes"]), "", "", "", None)
    row(
        "UI bundle, JS + CSS, gzip -9",
        kb(r["ui_gzip_bytes"]),
        kb(r["ui_raw_bytes"]) + " raw",
        "",
        "≤ 150 KB",
        r["ui_gzip_bytes"] <= 150e3,
    )
    version = r["cli_version_s"]
    status6 = r["cli_status_6_s"]
    row(
        "CLI `status`, 6 members (end to end)",
        ms1(status6),
        ms1(version) + " --version",
        f"+{(status6 - version) * 1000:.1f} ms",
        "≤ 30 ms",
        status6 <= 0.030,
    )
    if "app_cli_status_6_s" in r:
        row(
            "CLI `status`, 6 members, as the .deb runs it (app --cli)",
            ms1(r["app_cli_status_6_s"]),
            ms1(r["app_cli_version_s"]) + " --version",
            f"{r['app_cli_status_6_s'] / status6:.1f}× the CLI's own binary",
            "",
            None,
        )
    for members in (100, 300):
        value = r[f"cli_status_{members}_s"]
        row(
            f"CLI `status`, {members:,} members",
            ms1(value) if value < 1 else f"{value:.2f} s",
            ms1(version) + " --version",
            f"{(value - version) / members * 1e3:.2f} ms/member",
            "",
            None,
        )
    big = r["cli_status_10000_s"]
    row(
        "CLI `status`, 10,000 members",
        f"{big:.1f} s" if big is not None else f"> {CLI_TIMEOUT_S:.0f} s (stopped)",
        ms1(version) + " --version",
        "",
        "",
        None,
    )
    per6 = r["core_status_6_us"] / 6
    row("core status (load + compute), 6 members", us(r["core_status_6_us"]), "", f"{per6:.1f} µs/member", "", None)
    for members in (100, 300, 1000, 10000):
        value = r[f"core_status_{members}_us"]
        per = value / members
        row(
            f"core status (load + compute), {members:,} members",
            us(value),
            "6 members",
            f"{us(per)}/member = {per / per6:,.1f}× per member",
            "",
            None,
        )
    # Growth between two large households, where the fixed cost of a call (opening the
    # statements, the overview's sort setup) no longer counts: n^1 is linear.
    t1000, t10000 = r["core_status_1000_us"], r["core_status_10000_us"]
    exponent = math.log(t10000 / t1000) / math.log(10000 / 1000)
    r["growth_exponent"] = exponent
    row("core status growth, 1,000 → 10,000 members", f"time ∝ n^{exponent:.2f}", "", "", "≈ n^1 (≤ 1.2)", exponent <= 1.2)
    crit = r.get("criterion_us", {})

    def bench_row(what, name, baseline_name, baseline_label):
        if name not in crit:
            return
        value = crit[name]
        if baseline_name in crit:
            base = crit[baseline_name]
            row(what, us(value), f"{us(base)} {baseline_label}", f"{value / base:.1f}×", "", None)
        else:
            row(what, us(value), "", "", "", None)

    bench_row("criterion status_use_case (6 members)", "status_use_case", "load_rows_only", "rows only")
    bench_row("criterion status_from_loaded_rows", "status_from_loaded_rows", "load_rows_only", "rows only")
    bench_row("criterion pdf member sheet", "pdf/member sheet (1 member)", "pdf/baseline: one line, one page", "one-line PDF")
    bench_row(
        "criterion pdf household of 6, cut-outs",
        "pdf/household of 6 with cut-outs (8 pages)",
        "pdf/baseline: one line, one page",
        "one-line PDF",
    )
    bench_row(
        "criterion pdf font parse (once/process)",
        "pdf/font parse (once per process)",
        "pdf/baseline: one line, one page",
        "one-line PDF",
    )

    return rows


def missed(rows):
    """The measures that missed their target."""
    return [row[0] for row in rows if row[5] == verdict(False)]


def render(rows):
    header = ("measure", "hoken-techo", "baseline (same run)", "ratio", "target", "")
    widths = [max(display_width(line[i]) for line in [header, *rows]) for i in range(len(header))]
    lines = []
    for index, line in enumerate([header, *rows]):
        lines.append("  ".join(pad(cell, widths[i]) for i, cell in enumerate(line)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def display_width(text):
    # CJK characters take two columns in a terminal.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def pad(text, width):
    return text + " " * (width - display_width(text))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("app", "floor", "app-deb", "floor-deb", "cli", "household", "ui-dist", "criterion-dir", "out"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--fixtures", required=True, help="folder with household-N.db")
    parser.add_argument("--criterion-since", type=float, required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cli-runs", type=int, default=31)
    parser.add_argument("--machine", default="")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    results = {}
    startup(args, results, out)
    cli(args, results)
    in_process(args, results)
    peak_memory(args, results)
    sizes(args, results)
    criterion(args, results)
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    rows = table(results)
    text = render(rows)
    (out / "table.txt").write_text(text + "\n")
    print()
    if args.machine:
        print(args.machine)
    print(
        f"start-up: median of {args.runs} starts each, app and floor alternating, after one"
        f" unmeasured start; screen read every ~{FRAME_INTERVAL_S * 1000 + results['grab_ms']:.0f} ms"
    )
    print(text)
    if results.get("app_trace_ms"):
        print(f"\nstart-up trace of the app (median of {args.runs} starts, ms since the process was started):")
        print(trace_text(results["app_trace_ms"], results["app_first_change_s"], results["app_complete_s"]))
    return report_missed(rows)


def trace_text(trace, first_change_s, complete_s):
    """The trace's steps with the screen's two moments put in their place."""
    steps = dict(trace)
    steps["screen: window shown (first paint)"] = first_change_s * 1000
    steps["screen: settled (household drawn)"] = complete_s * 1000
    lines = []
    previous = 0.0
    for step, at in sorted(steps.items(), key=lambda item: item[1]):
        lines.append(f"  {at:7.0f} ms  (+{at - previous:5.0f})  {step}")
        previous = at
    return "\n".join(lines)


def report_missed(rows):
    """The exit status: 1 when a figure missed its target, so `make bench` fails."""
    failed = missed(rows)
    if failed:
        print(f"\nMISSED {len(failed)} target(s): " + "; ".join(failed), file=sys.stderr)
        return 1
    print("\nevery target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
