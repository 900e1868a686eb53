// End to end: a member and a qualification added with the keyboard alone (Tab,
// Shift+Tab, Enter, Escape and typing into whatever has focus; no clicks). Every step
// checks that the focused element shows a visible focus ring, and that focus comes back
// to a sensible place when a dialog closes.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { focused, press } from "./a11y.mjs";
import { Key, findByText, launchApp, quitApp, screenshot, useFreshHousehold } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const db = useFreshHousehold("2026-11-25");

/** @typedef {import("selenium-webdriver").WebDriver} Session */
/** @typedef {Awaited<ReturnType<typeof focused>>} Focused */

/**
 * What has focus, after checking that a person can see where it is.
 * @param {Session} session
 * @param {string} step
 */
async function visibleFocus(session, step) {
  const now = await focused(session);
  assert.ok(now.visible, `${step}: ${now.tag}#${now.id} "${now.text}" has focus but no visible focus ring (${now.outline})`);
  return now;
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` has focus, checking the focus ring on the way.
 * @param {Session} session
 * @param {(f: Focused) => boolean} wanted
 * @param {string} what
 * @param {{ shift?: boolean, max?: number }} [options]
 */
async function tabTo(session, wanted, what, { shift = false, max = 30 } = {}) {
  /** @type {string[]} */
  const passed = [];
  for (let i = 0; i < max; i++) {
    await press(session, Key.TAB, { shift });
    const now = await visibleFocus(session, `Tab towards ${what}`);
    if (wanted(now)) return now;
    passed.push(`${now.tag}#${now.id} "${now.label || now.text}"`);
  }
  assert.fail(`${what} was not reached with ${shift ? "Shift+" : ""}Tab; passed: ${passed.join(", ")}`);
}

/**
 * Types into the element that has focus (WebDriver's element send-keys on the active
 * element: no click, focus stays where the keyboard put it).
 * @param {Session} session
 * @param {string} id the id the focused field must have
 * @param {string} value
 */
async function typeHere(session, id, value) {
  const now = await visibleFocus(session, `typing into ${id}`);
  assert.equal(now.id, id, `focus is on ${now.tag}#${now.id}, not on ${id}`);
  await (await session.switchTo().activeElement()).sendKeys(value);
}

/**
 * Tab to the next field and type into it.
 * @param {Session} session
 * @param {string} id
 * @param {string} value
 */
async function next(session, id, value) {
  await press(session, Key.TAB);
  await typeHere(session, id, value);
}

/** @param {string} label */
const button = (label) => (/** @type {Focused} */ f) => f.tag === "button" && (f.text.includes(label) || f.label.includes(label));

test("a member and a qualification are added with the keyboard alone", async () => {
  const app = await launchApp();
  try {
    // A new database opens with the first-run guide; it is skipped with the keyboard too.
    await findByText(app, "button", "スキップ");
    await tabTo(app, button("スキップ"), "スキップ");
    await press(app, Key.ENTER);
    await findByText(app, "h3", "まだ家族が登録されていません");

    // The screen tabs come first, then the empty household's button.
    await tabTo(app, button("家族"), "the 家族 screen tab");
    await tabTo(app, button("最初の一人を登録する"), "最初の一人を登録する");
    await press(app, Key.ENTER);

    // Focus is in the dialog, on the first field.
    await findByText(app, "h2", "家族を追加");
    await typeHere(app, "name", "山田 太郎");
    await next(app, "kana", "ヤマダ タロウ");
    await next(app, "birthDate", "1980-01-02");
    await screenshot(app, "keyboard-01-member-form");
    // Back and forth: Shift+Tab returns to the previous field, Tab goes on.
    await press(app, Key.TAB, { shift: true });
    assert.equal((await visibleFocus(app, "Shift+Tab")).id, "kana");
    await press(app, Key.TAB);
    await tabTo(app, button("保存する"), "保存する");
    await press(app, Key.ENTER);

    await findByText(app, "h3", "山田 太郎");
    await findByText(app, "p", "山田 太郎さんを登録しました");
    // The button that opened the dialog is gone with the empty household: focus is on
    // the screen's heading, from where Tab reaches the new member.
    let now = await visibleFocus(app, "after saving the member");
    assert.equal(now.id, "household-title", `focus went to ${now.tag}#${now.id} "${now.text}"`);

    // Escape closes a dialog and focus returns to the button that opened it.
    await tabTo(app, button("山田 太郎 編集"), "the member's 編集 button");
    await press(app, Key.ENTER);
    await findByText(app, "h2", "家族の情報を編集");
    assert.equal((await visibleFocus(app, "edit dialog opened")).id, "name");
    await press(app, Key.ESCAPE);
    now = await visibleFocus(app, "after Escape");
    assert.equal(now.label, "山田 太郎 編集", `focus went to ${now.tag}#${now.id} "${now.label || now.text}"`);

    // Tab stays inside an open dialog: from its last button, Tab comes back to the top.
    await tabTo(app, button("山田 太郎 資格情報を登録"), "資格情報を登録");
    await press(app, Key.ENTER);
    await findByText(app, "h2", "資格情報を登録（山田 太郎）");
    await typeHere(app, "insurerNumber", "01130012");
    await findByText(app, "p", "協会けんぽ・東京都");
    await press(app, Key.TAB); // the insurer name is optional
    await next(app, "symbol", "12345678");
    await next(app, "number", "12");
    await next(app, "branch", "00");
    await press(app, Key.TAB); // the role stays 本人（被保険者）
    assert.equal((await visibleFocus(app, "role")).id, "role");
    await next(app, "acquiredOn", "令和7年4月1日");
    await screenshot(app, "keyboard-02-qualification-form");
    await tabTo(app, button("保存する"), "保存する");
    await press(app, Key.TAB);
    assert.equal((await visibleFocus(app, "Tab after the last button")).id, "insurerNumber", "Tab wraps inside the dialog");
    await press(app, Key.TAB, { shift: true });
    assert.match((await visibleFocus(app, "Shift+Tab from the first field")).text, /保存する/, "Shift+Tab wraps to the last button");
    await press(app, Key.ENTER);

    await findByText(app, "p", "資格情報を保存しました");
    now = await visibleFocus(app, "after saving the qualification");
    assert.equal(now.label, "山田 太郎 資格情報を登録", `focus went to ${now.tag}#${now.id} "${now.label || now.text}"`);
    await screenshot(app, "keyboard-03-saved");
  } finally {
    await quitApp(app);
  }

  // What the keyboard entered is in the database.
  const members = JSON.parse(execFileSync(cli, ["--db", db, "member", "list", "--json"], { encoding: "utf8" }));
  assert.equal(members.length, 1);
  assert.equal(members[0].name, "山田 太郎");
  assert.equal(members[0].birthDate, "1980-01-02");
  const qualifications = JSON.parse(execFileSync(cli, ["--db", db, "qualification", "list", "--member", "1", "--json"], { encoding: "utf8" }));
  assert.equal(qualifications.length, 1);
  assert.equal(qualifications[0].insurerNumber, "01130012");
  assert.equal(qualifications[0].symbol, "12345678");
  assert.equal(qualifications[0].acquiredOn, "2025-04-01");
});

test("Ctrl + and Ctrl - zoom the whole window and Ctrl 0 resets it", async () => {
  const app = await launchApp();
  try {
    await findByText(app, "h2", "家族");
    /** The window's width in CSS pixels: it shrinks as the page is zoomed in. */
    const width = async () => /** @type {number} */ (await app.executeScript("return window.innerWidth;"));
    const chord = async (/** @type {string} */ key) => app.actions().keyDown(Key.CONTROL).sendKeys(key).keyUp(Key.CONTROL).perform();
    const normal = await width();
    await chord("=");
    await chord("=");
    await app.wait(async () => (await width()) < normal * 0.8, 5_000, "Ctrl + did not zoom in");
    await screenshot(app, "keyboard-04-zoomed-in");
    await chord("0");
    await app.wait(async () => (await width()) === normal, 5_000, "Ctrl 0 did not reset the zoom");
    await chord("-");
    await app.wait(async () => (await width()) > normal * 1.1, 5_000, "Ctrl - did not zoom out");
    await chord("0");
    await app.wait(async () => (await width()) === normal, 5_000, "Ctrl 0 did not reset the zoom");
  } finally {
    await quitApp(app);
  }
});
