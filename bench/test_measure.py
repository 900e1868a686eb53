"""The bench table's verdicts and exit status, on made-up figures (no build, no screen):
`python3 -m unittest discover -s bench -p 'test_*.py'` (scripts/test runs it)."""

import contextlib
import io
import unittest

import measure

# One run's results as measure.py gathers them, every figure within its target.
GOOD = {
    "app_first_change_s": 0.250,
    "floor_first_change_s": 0.240,
    "app_complete_s": 0.800,
    "floor_complete_s": 0.760,
    "app_rss_kib": 200_000,
    "floor_rss_kib": 190_000,
    "app_pss_kib": 120_000,
    "floor_pss_kib": 115_000,
    "app_deb_bytes": 12_000_000,
    "floor_deb_bytes": 3_000_000,
    "app_binary_bytes": 30_000_000,
    "floor_binary_bytes": 9_000_000,
    "fonts_bytes": 5_500_000,
    "fonts_gzip_bytes": 3_000_000,
    "cli_binary_bytes": 20_000_000,
    "ui_raw_bytes": 300_000,
    "ui_gzip_bytes": 100_000,
    "cli_version_s": 0.002,
    "cli_status_6_s": 0.008,
    "cli_status_100_s": 0.015,
    "cli_status_300_s": 0.030,
    "cli_status_10000_s": 1.0,
    "core_status_6_us": 400,
    "core_status_100_us": 6_000,
    "core_status_300_us": 18_000,
    "core_status_1000_us": 60_000,
    "core_status_10000_us": 620_000,
    "criterion_us": {},
}


def quietly(function, *args):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        return function(*args), err.getvalue()


class Verdicts(unittest.TestCase):
    def test_every_target_met_exits_0(self):
        rows = measure.table(dict(GOOD))
        self.assertEqual(measure.missed(rows), [])
        self.assertNotIn("MISSED", measure.render(rows))
        status, _ = quietly(measure.report_missed, rows)
        self.assertEqual(status, 0)

    def test_a_slow_start_is_missed_and_exits_1(self):
        # 0.90 s against the floor's 0.76 s is 1.18×, over 1.15×.
        rows = measure.table(dict(GOOD, app_complete_s=0.900))
        self.assertEqual(measure.missed(rows), ["start-up: household list rendered (settled)"])
        line = next(line for line in measure.render(rows).splitlines() if "settled" in line)
        self.assertIn("1.18×", line)
        self.assertTrue(line.endswith("MISSED"), line)
        status, err = quietly(measure.report_missed, rows)
        self.assertEqual(status, 1)
        self.assertIn("settled", err)

    def test_each_target_is_its_own_verdict(self):
        cases = {
            "start-up: window shown (first paint)": {"app_first_change_s": 0.270},  # 1.125×
            "idle memory at 5 s, RSS of process tree": {"app_rss_kib": 220_000},  # 1.16×
            ".deb size": {"app_deb_bytes": 12_600_000},
            "UI bundle, JS + CSS, gzip -9": {"ui_gzip_bytes": 151_000},
            "CLI `status`, 6 members (end to end)": {"cli_status_6_s": 0.031},
        }
        for measure_name, change in cases.items():
            with self.subTest(measure_name):
                rows = measure.table(dict(GOOD, **change))
                self.assertEqual(measure.missed(rows), [measure_name])


class Trace(unittest.TestCase):
    def test_the_app_s_trace_lines_become_times_since_the_process_was_started(self):
        log = "\n".join(
            [
                "dbus noise",
                "hoken-techo start-up: 0.0 ms 1000050.0 main",
                "hoken-techo start-up: 410.5 ms 1000460.5 window: first_screen asked",
                "hoken-techo start-up: 999.0 ms 1001049.0 window: member cards drawn",
            ]
        )
        trace = measure.startup_trace(log, spawned_unix_ms=1000000.0)
        self.assertEqual(
            trace,
            {"main": 50.0, "window: first_screen asked": 460.5, "window: member cards drawn": 1049.0},
        )



class NewFigures(unittest.TestCase):
    def test_first_run_sizes_and_peak_memory_have_rows_without_targets(self):
        figures = dict(
            GOOD,
            app_first_run_complete_s=0.700,
            app_1_complete_s=0.780,
            app_50_complete_s=0.900,
            peak_status_6_kib=10_240,
            peak_pdf_6_kib=40_960,
            pdf_6_s=0.2,
        )
        for members in measure.IMPORT_SIZES:
            figures[f"peak_import_{members}_kib"] = 20_480
            figures[f"import_{members}_s"] = 0.1
        rows = measure.table(figures)
        by_name = {row[0].strip(): row for row in rows}
        self.assertEqual(by_name["50 members with history"][3], "1.18×")
        self.assertEqual(by_name["peak memory: `pdf`, household of 6 with cut-outs"][3], "4.0×")
        self.assertIn("peak memory: `import`, 2,000 members (over the cap: refused)", by_name)
        # Informational: the 1.18× of 50 members is no MISSED (no target was set for it).
        self.assertEqual(measure.missed(rows), [])


if __name__ == "__main__":
    unittest.main()