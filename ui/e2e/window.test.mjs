// Window behaviour of the real app binary under Xvfb (no WebDriver): a second launch
// brings the running window back instead of starting a second app, `--quit` quits the
// running app, and the window's size comes back as the user left it.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { appBinary } from "./driver.mjs";

const home = mkdtempSync(path.join(tmpdir(), "hoken-techo-window-"));
const env = {
  ...process.env,
  HOKEN_TECHO_DB: path.join(home, "household.db"),
  XDG_CONFIG_HOME: path.join(home, "config"),
  XDG_DATA_HOME: path.join(home, "data"),
};

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs xdotool; "" when it fails (e.g. exit 1: nothing found). xdotool walks the window
 * tree and dies with an X error (BadWindow) when a window goes away under it, as WebKitGTK's
 * short-lived helper windows do while the app starts: that is asked again, not read as
 * "nothing", and still failing after 10 tries is an error.
 * @param {string[]} args
 */
function xdotool(args) {
  for (let attempt = 1; ; attempt++) {
    try {
      return execFileSync("xdotool", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
    } catch (error) {
      const raced = String(/** @type {{ stderr?: string }} */ (error).stderr ?? "").includes("X Error");
      if (!raced) return "";
      if (attempt === 10) throw error;
    }
  }
}

/** IDs of the app's windows on screen. */
const visibleWindows = () => xdotool(["search", "--onlyvisible", "--name", "^保険手帳$"]).split("\n").filter(Boolean);

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

/** Starts the app and waits for its window; returns the process and its exit. */
async function launch() {
  const app = spawn(appBinary, [], { env, stdio: "ignore" });
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => app.on("exit", (code) => resolve(code)));
  await waitFor(() => visibleWindows().length === 1, "the window");
  return { app, exited };
}

/** @param {string} id */
function size(id) {
  const geometry = xdotool(["getwindowgeometry", id]);
  const match = /Geometry: (\d+)x(\d+)/.exec(geometry);
  return match ? [Number(match[1]), Number(match[2])] : [];
}

test("one instance, --quit, and the window size remembered across starts", async () => {
  const first = await launch();
  try {
    const [window] = visibleWindows();
    // Hidden (as in the tray), then launched again: the running app shows its window,
    // and the second process ends without opening one of its own.
    xdotool(["windowunmap", "--sync", window]);
    assert.equal(visibleWindows().length, 0);
    const second = spawn(appBinary, [], { env, stdio: "ignore" });
    const secondCode = await new Promise((resolve) => second.on("exit", resolve));
    assert.equal(secondCode, 0, "the second launch hands over and exits");
    await waitFor(() => visibleWindows().length === 1, "the first window to come back");
    assert.deepEqual(visibleWindows(), [window], "still the first app's window");

    xdotool(["windowsize", "--sync", window, "720", "560"]);
    await waitFor(() => size(window).join("x") === "720x560", "the resize");
    await sleep(500);
  } finally {
    execFileSync(appBinary, ["--quit"], { env, stdio: "ignore" });
  }
  assert.equal(await first.exited, 0, "--quit ends the running app normally");

  const again = await launch();
  try {
    const [window] = visibleWindows();
    assert.deepEqual(size(window), [720, 560], "the size the user left");
  } finally {
    execFileSync(appBinary, ["--quit"], { env, stdio: "ignore" });
    await again.exited;
  }
});
