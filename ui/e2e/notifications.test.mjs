// Delivery, not just dates: the real app binary and its scheduler, a real notification
// server (dunst) on this D-Bus session, and the database deciding what was shown.
// A due reminder is displayed exactly once across two app starts; a snoozed one comes
// back only when the snooze has ended.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { appBinary } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const db = path.join(mkdtempSync(path.join(tmpdir(), "hoken-techo-notify-")), "household.db");

/** @param {string[]} args */
function run(args) {
  return execFileSync(cli, ["--db", db, ...args], { encoding: "utf8" });
}

/** @param {string[]} args */
function dunstctl(args) {
  return execFileSync("dunstctl", args, { encoding: "utf8" }).trim();
}

/** Notifications dunst has shown so far: on screen now plus closed ones (history). */
function shownCount() {
  return Number(dunstctl(["count", "displayed"])) + Number(dunstctl(["count", "history"]));
}

/** The summaries of every notification shown so far. */
function shownSummaries() {
  dunstctl(["close-all"]); // history lists closed notifications only
  const history = JSON.parse(dunstctl(["history"]));
  return history.data[0].map((/** @type {{summary: {data: string}}} */ n) => n.summary.data);
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {() => boolean} condition
 * @param {string} what
 */
async function waitFor(condition, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (condition()) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The app's window is on screen (so its launch check has run: it runs before the window shows). */
function windowShown() {
  try {
    execFileSync("xdotool", ["search", "--onlyvisible", "--name", "保険手帳"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the app on `today`, waits until its window is up and a little longer for the
 * notification to arrive, then quits it the way the tray does (`--quit`).
 * @param {string} today
 */
async function startAndStop(today) {
  const env = { ...process.env, HOKEN_TECHO_DB: db, HOKEN_TECHO_TODAY: today };
  const app = spawn(appBinary, [], { env, stdio: "ignore" });
  const exited = new Promise((resolve) => app.on("exit", resolve));
  try {
    await waitFor(windowShown, "the app window");
    await sleep(3_000);
  } finally {
    execFileSync(appBinary, ["--quit"], { env, stdio: "ignore" });
    await Promise.race([exited, sleep(10_000).then(() => app.kill("SIGKILL"))]);
  }
}

/** @type {import("node:child_process").ChildProcess | undefined} */
let dunst;
function dunstAnswers() {
  try {
    dunstctl(["is-paused"]);
    return true;
  } catch {
    return false;
  }
}
before(async () => {
  // D-Bus may start dunst on the first call (its service file); otherwise start it here.
  if (!dunstAnswers()) dunst = spawn("dunst", [], { stdio: "ignore" });
  await waitFor(dunstAnswers, "dunst");
});
after(() => dunst?.kill());

test("a due reminder is shown once across restarts, and a snoozed one again after its snooze", async () => {
  run(["member", "add", "--name", "山田 花子", "--kana", "ヤマダ ハナコ", "--birth", "1950-01-02", "--relation", "本人"]);
  run(["document", "set", "--member", "1", "--kind", "kakuninsho", "--expires", "2026-12-25"]);
  const due = JSON.parse(run(["--today", "2026-11-25", "--json", "reminders"])).due;
  assert.equal(due.length, 1, "one reminder due: 資格確認書, 30 days before its expiry");

  const before = shownCount();
  await startAndStop("2026-11-25");
  assert.equal(shownCount() - before, 1, "the first start shows the due reminder");
  assert.deepEqual(shownSummaries().slice(0, 1), ["資格確認書の有効期限が近づいています"]);

  await startAndStop("2026-11-25");
  assert.equal(shownCount() - before, 1, "the second start shows nothing new");

  run(["--today", "2026-11-25", "reminders", "snooze", due[0].id, "--for", "day"]);
  await startAndStop("2026-11-25");
  assert.equal(shownCount() - before, 1, "snoozed until tomorrow: not shown today");

  await startAndStop("2026-11-26");
  assert.equal(shownCount() - before, 2, "the snooze has ended: shown again, once");
  assert.equal(shownSummaries()[0], "資格確認書の有効期限が近づいています");
});
