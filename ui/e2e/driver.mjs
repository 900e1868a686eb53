// Starts tauri-driver (which drives WebKitWebDriver) and opens WebDriver sessions on
// the real app binary. Nothing here downloads a browser or a driver.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before } from "node:test";
import { Builder, By, Key, until } from "selenium-webdriver";

// Another port pair when another e2e run holds 4444/4445 on the same machine.
const PORT = Number(process.env.HOKEN_TECHO_WEBDRIVER_PORT ?? 4444);
const NATIVE_PORT = String(PORT + 1);
const SERVER = `http://127.0.0.1:${PORT}/`;

export const appBinary = required("HOKEN_TECHO_APP");
export const screenshotDir = process.env.HOKEN_TECHO_SCREENSHOTS ?? path.resolve("e2e-screenshots");

/** @param {string} name */
function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must point at the built app (scripts/test sets it)`);
  return value;
}

/**
 * Where the process group of the running tauri-driver is written down, so that the next
 * test file can end what a killed or timed-out file left behind (see `endLeftovers`).
 */
const groupFile = path.join(tmpdir(), `hoken-techo-e2e-driver-${PORT}.pgid`);

/** Whether something answers WebDriver's /status on the port. */
async function driverAnswers() {
  try {
    return (await fetch(`${SERVER}status`)).ok;
  } catch {
    return false;
  }
}

/**
 * Ends a process group: tauri-driver, the WebKitWebDriver it started, and the app with its
 * web processes (WebKitWebDriver starts the app in the same group). SIGKILL, because
 * tauri-driver answers SIGTERM by killing WebKitWebDriver alone, which leaves the app
 * running; a running app then takes the next launch (it is a single instance).
 * @param {number} pgid
 */
function killGroup(pgid) {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * A test file that was killed runs no `after` hook: its tauri-driver kept the port and
 * its session stayed open, so every later file got "Maximum number of active sessions". The group it wrote down is ended first; if the port
 * is still taken, it is by something these tests did not start, and that is said plainly.
 */
async function endLeftovers() {
  let pgid = NaN;
  try {
    pgid = Number(readFileSync(groupFile, "utf8"));
  } catch {
    // none written down
  }
  // Only if that group is still led by a tauri-driver (the number may have been reused).
  if (Number.isInteger(pgid) && pgid > 1 && processName(pgid) === "tauri-driver") {
    console.error(`ending the tauri-driver (process group ${pgid}) that an earlier test file left running`);
    killGroup(pgid);
  }
  rmSync(groupFile, { force: true });
  const deadline = Date.now() + 5_000;
  while ((await driverAnswers()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (await driverAnswers()) {
    throw new Error(`port ${PORT} already answers WebDriver: end that tauri-driver (and its WebKitWebDriver) first`);
  }
}

/** @param {number} pid */
function processName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * Starts tauri-driver with the app's environment (database path, fixed today), in a
 * process group of its own so that `stopDriver` can end it with everything it started.
 * @param {Record<string, string>} appEnv
 */
async function startDriver(appEnv) {
  await endLeftovers();
  // A Japanese system unless a test says otherwise: the app's language setting
  // "system" reads LANGUAGE first, whatever the machine running the tests is set to
  // (LANG is left alone: a locale the C library lacks only makes GTK complain).
  const japaneseSystem = { LANGUAGE: "ja" };
  const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(PORT), "--native-port", NATIVE_PORT], {
    env: { ...process.env, ...japaneseSystem, ...appEnv },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  if (driver.pid) writeFileSync(groupFile, String(driver.pid));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null || driver.signalCode !== null) break;
    if (await driverAnswers()) return driver;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopDriver(driver);
  throw new Error("tauri-driver did not start");
}

/**
 * Ends tauri-driver and all it started (a session left open by a hung test included).
 * @param {import("node:child_process").ChildProcess | undefined} driver
 */
function stopDriver(driver) {
  if (!driver?.pid) return;
  killGroup(driver.pid);
  try {
    if (Number(readFileSync(groupFile, "utf8")) === driver.pid) rmSync(groupFile, { force: true });
  } catch {
    // not written down
  }
}

/** The tauri-driver of this test file and the app environment it was started with. */
const current = {
  /** @type {import("node:child_process").ChildProcess | undefined} */
  driver: undefined,
  /** @type {Record<string, string>} */
  env: {},
  /**
   * The session `launchApp` opened and `quitApp` has not ended.
   * @type {import("selenium-webdriver").WebDriver | undefined}
   */
  session: undefined,
};

/** Ends tauri-driver (with all it started) and starts it again with `current.env`. */
async function restartDriver() {
  const old = current.driver;
  if (old && old.exitCode === null && old.signalCode === null) {
    const exited = new Promise((resolve) => old.once("exit", resolve));
    stopDriver(old);
    await exited;
  }
  current.driver = await startDriver(current.env);
}

// A test file the runner ends (its timeout) gets SIGTERM and runs no `after` hook, and
// Ctrl-C no longer reaches tauri-driver in its own process group: the driver, and a
// session a hung test left open, go with the file either way.
process.once("exit", () => stopDriver(current.driver));
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.once(signal, () => {
    stopDriver(current.driver);
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

/**
 * For a test file: tauri-driver runs around its tests, and every launch of the app uses
 * the same new, empty database with "today" fixed (and `extraEnv`, e.g. test seams).
 * Returns the database path.
 * @param {string} [today]
 * @param {Record<string, string>} [extraEnv]
 */
export function useFreshHousehold(today = "2026-11-25", extraEnv = {}) {
  const db = path.join(mkdtempSync(path.join(tmpdir(), "hoken-techo-e2e-")), "household.db");
  before(async () => {
    current.env = { HOKEN_TECHO_DB: db, HOKEN_TECHO_TODAY: today, ...extraEnv };
    current.driver = await startDriver(current.env);
  });
  after(() => stopDriver(current.driver));
  return db;
}

/**
 * The desktop's light or dark preference as the real webview sees it: WebKitGTK answers
 * `prefers-color-scheme: dark` when the GTK theme is a dark variant, so the app is
 * started with GTK_THEME (the environment passes through tauri-driver and WebKitWebDriver).
 */
export const themes = /** @type {const} */ ({
  light: { GTK_THEME: "Adwaita" },
  dark: { GTK_THEME: "Adwaita:dark" },
});

/**
 * From the next launch on, the app starts under the given theme: tauri-driver is
 * restarted with it (no session may be open).
 * @param {keyof typeof themes} theme
 */
export async function useTheme(theme) {
  current.env = { ...current.env, ...themes[theme] };
  await restartDriver();
}

/** The languages the screenshots are taken in (`chooseLanguage` switches between them). */
export const languages = /** @type {const} */ (["ja", "en"]);

/** The words `chooseLanguage` clicks, as each language shows them. */
const languageSetting = {
  ja: { settings: "設定", option: { ja: "日本語", en: "English（英語）" } },
  en: { settings: "Settings", option: { ja: "Japanese (日本語)", en: "English" } },
};

/**
 * Shows the app in `lang` the way a user does: 設定 → 表示 → 言語 (the choice is saved
 * in the database, so the next start opens in it too).
 * @param {import("selenium-webdriver").WebDriver} session
 * @param {"ja" | "en"} lang
 */
export async function chooseLanguage(session, lang) {
  const current = /** @type {"ja" | "en"} */ (await session.executeScript("return document.documentElement.lang;"));
  if (current === lang) return;
  const words = languageSetting[current];
  await (await findByText(session, "button", words.settings)).click();
  await chooseRadio(session, words.option[lang]);
  await session.wait(async () => (await session.executeScript("return document.documentElement.lang;")) === lang, 10_000);
}

/**
 * Clicks the radio button whose label contains `text`.
 * @param {import("selenium-webdriver").WebDriver} session
 * @param {string} text
 */
export async function chooseRadio(session, text) {
  const label = await findByText(session, "label", text);
  await label.findElement(By.css("input[type=radio]")).click();
}

/**
 * Sets the root font size, as the text-size setting does (100, 150 or 200 %).
 * @param {import("selenium-webdriver").WebDriver} session
 * @param {number} percent
 */
export async function setTextSize(session, percent) {
  await session.executeScript(`document.documentElement.style.fontSize = "${percent}%";`);
}

/**
 * One launch of the app, as one WebDriver session. tauri-driver answers /status before
 * WebKitWebDriver behind it listens, so the first session request can fail: retry.
 */
export async function launchApp() {
  if (current.session) {
    // A test that timed out never reached its quitApp: its session (WebKitWebDriver
    // allows one) and its app would fail this launch, so they go with the driver.
    current.session = undefined;
    await restartDriver();
  }
  for (let attempt = 1; ; attempt++) {
    try {
      current.session = await new Builder()
        .usingServer(SERVER)
        .withCapabilities({ browserName: "wry", "tauri:options": { application: appBinary } })
        .build();
      return current.session;
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * Ends the WebDriver session and the app. Closing the window only hides the app in the
 * tray while reminders are on (as for a user), so the app is then asked to quit, the way
 * the tray's 終了 does — otherwise the next launch would just show this app again.
 * The app may already be on its way out when asked (a race with the session's end), so
 * what counts is that no app process is left afterwards.
 * @param {import("selenium-webdriver").WebDriver} session
 */
export async function quitApp(session) {
  await session.quit();
  if (current.session === session) current.session = undefined;
  try {
    execFileSync(appBinary, ["--quit"], { stdio: "ignore", timeout: 20_000 });
  } catch {
    // checked below
  }
  const deadline = Date.now() + 10_000;
  while (appRunning() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (appRunning()) throw new Error("the app did not quit");
}

/** Whether a process of the app binary is still running. */
function appRunning() {
  try {
    execFileSync("pgrep", ["-f", "-x", `${appBinary}( .*)?`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Gives the page a paint every 50 ms until `stopPaintNudge`, with nothing visible changing:
 * a fixed, 1 px, fully transparent box switches between two transparent colours.
 */
const startPaintNudge = `
  const box = document.createElement("div");
  box.id = "e2e-paint-nudge";
  box.setAttribute("aria-hidden", "true");
  box.style.cssText = "position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none;background:rgba(0,0,0,0)";
  document.body.append(box);
  let flip = false;
  window.__e2ePaintNudge = setInterval(() => {
    flip = !flip;
    box.style.background = flip ? "rgba(255,255,255,0)" : "rgba(0,0,0,0)";
  }, 50);
`;
const stopPaintNudge = `
  clearInterval(window.__e2ePaintNudge);
  document.getElementById("e2e-paint-nudge")?.remove();
`;

/**
 * @param {import("selenium-webdriver").WebDriver} session
 * @param {string} name
 */
export async function screenshot(session, name) {
  mkdirSync(screenshotDir, { recursive: true });
  // WebKit's snapshot can lag a paint behind, and requestAnimationFrame does not fire
  // reliably under Xvfb: give the page a moment to paint.
  await session.sleep(400);
  // WebKitWebDriver's screenshot waits for the page's next paint. With compositing off
  // (WEBKIT_DISABLE_COMPOSITING_MODE=1) WebKitGTK 2.50 asks for that paint without
  // marking anything to repaint, so on a page where nothing changes the answer never
  // comes (the accessibility test hung on its first screenshot of the still first-run
  // guide). The nudge gives it that paint; the timeout turns any other hang into an error.
  await session.executeScript(startPaintNudge);
  let data;
  try {
    data = await withTimeout(session.takeScreenshot(), 20_000, `the screenshot ${name} was not answered`);
  } finally {
    await session.executeScript(stopPaintNudge);
  }
  const file = path.join(screenshotDir, `${name}.png`);
  await writeFile(file, data, "base64");
  return file;
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
async function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The element whose visible text contains `text`, waiting for it to appear.
 * @param {import("selenium-webdriver").WebDriver} session
 * @param {string} tag
 * @param {string} text
 */
export async function findByText(session, tag, text, timeout = 10_000) {
  const locator = By.xpath(`//${tag}[contains(normalize-space(.), ${JSON.stringify(text)})]`);
  const element = await session.wait(until.elementLocated(locator), timeout);
  await session.wait(until.elementIsVisible(element), timeout);
  return element;
}

export { By, Key, until };
