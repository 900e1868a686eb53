// End to end: axe-core inside the real window, on every main screen and dialog, in the
// light and the dark theme. A serious or critical violation fails; all are printed.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { FAILING_IMPACTS, describeViolations, press, runAxe } from "./a11y.mjs";
import { By, Key, findByText, launchApp, quitApp, screenshot, until, useFreshHousehold, useTheme } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const db = useFreshHousehold("2026-11-25");

/** @param {string[]} args */
function run(args) {
  execFileSync(cli, ["--db", db, "--today", "2026-11-25", ...args]);
}

/** @typedef {import("selenium-webdriver").WebDriver} Session */

/**
 * Collects the violations of each checked screen; the test fails at the end, after
 * every screen was checked, so one run shows everything to fix.
 */
class Audit {
  /** @type {string[]} */
  failing = [];
  /** @type {string[]} */
  other = [];
  checked = 0;

  /**
   * @param {Session} session
   * @param {string} screen
   */
  async check(session, screen) {
    const violations = await runAxe(session);
    this.checked++;
    for (const line of describeViolations(screen, violations.filter((v) => FAILING_IMPACTS.includes(v.impact ?? "")))) this.failing.push(line);
    for (const line of describeViolations(screen, violations.filter((v) => !FAILING_IMPACTS.includes(v.impact ?? "")))) this.other.push(line);
  }

  report() {
    if (this.other.length) console.log(`axe-core, not failing (moderate/minor):\n${this.other.join("\n")}`);
    assert.deepEqual(this.failing, [], `axe-core found serious or critical violations:\n${this.failing.join("\n")}`);
  }
}

/**
 * The theme the page really sees through the media query.
 * @param {Session} session
 */
async function prefersDark(session) {
  return session.executeScript("return window.matchMedia('(prefers-color-scheme: dark)').matches;");
}

/**
 * Opens a dialog with `open`, checks it, and closes it with Escape.
 * @param {Session} session
 * @param {Audit} audit
 * @param {string} screen
 * @param {() => Promise<void>} open
 */
async function checkDialog(session, audit, screen, open) {
  await open();
  try {
    await session.wait(until.elementLocated(By.css("[role=dialog]")), 10_000);
  } catch (error) {
    await screenshot(session, `a11y-no-dialog-${screen.replace(/[^a-z]+/g, "-")}`);
    throw error;
  }
  await audit.check(session, screen);
  await press(session, Key.ESCAPE);
  await session.wait(async () => (await session.findElements(By.css("[role=dialog]"))).length === 0, 10_000);
}

/**
 * @param {Session} session
 * @param {string} label
 */
async function clickButton(session, label) {
  // Clicked by script: focus returning from a closed dialog can scroll the page between
  // WebDriver's scroll and its click, which then lands beside the button.
  await session.executeScript("arguments[0].click();", await findByText(session, "button", label));
}

for (const theme of /** @type {const} */ (["light", "dark"])) {
  test(`the empty household and the first member form pass axe-core (${theme})`, async () => {
    await useTheme(theme);
    const app = await launchApp();
    const audit = new Audit();
    try {
      // A new database opens with the first-run guide (the first test here); once it has
      // been skipped, the help screen opens it again. Audited either way, then skipped.
      const guideOpen = async () => (await app.findElements(By.id("guide-step-title"))).length > 0;
      await app.wait(async () => (await guideOpen()) || (await app.findElements(By.xpath("//h3[contains(., 'まだ家族が登録されていません')]"))).length > 0, 10_000);
      if (!(await guideOpen())) {
        await clickButton(app, "ヘルプ");
        await clickButton(app, "「はじめに」をもう一度見る");
      }
      await findByText(app, "button", "スキップ");
      await audit.check(app, `first-run guide, ${theme}`);
      await clickButton(app, "スキップ");
      await clickButton(app, "家族");
      await findByText(app, "h3", "まだ家族が登録されていません");
      assert.equal(await prefersDark(app), theme === "dark", "the webview follows the desktop's theme");
      await screenshot(app, `a11y-empty-${theme}`);
      // axe really runs in this webview: an unnamed button is found.
      await app.executeScript("document.body.insertAdjacentHTML('beforeend', '<button id=\"axe-self-check\"></button>')");
      const planted = await runAxe(app);
      assert.ok(
        planted.some((v) => v.id === "button-name" && v.nodes.some((n) => n.target.includes("#axe-self-check"))),
        `axe-core did not report the unnamed button: ${JSON.stringify(planted)}`,
      );
      await app.executeScript("document.getElementById('axe-self-check').remove()");
      await audit.check(app, `empty household, ${theme}`);
      await checkDialog(app, audit, `add member form, ${theme}`, () => clickButton(app, "最初の一人を登録する"));
    } finally {
      await quitApp(app);
    }
    audit.report();
  });
}

test("a household is set up with the command line", () => {
  run(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1980-01-02", "--relation", "本人"]);
  run(["member", "add", "--name", "山田 花子", "--kana", "ヤマダ ハナコ", "--birth", "1982-05-20", "--relation", "配偶者"]);
  run(["qualification", "add", "--member", "1", "--insurer", "01130012", "--insurer-name", "全国健康保険協会 東京支部", "--symbol", "12345678", "--number", "12", "--branch", "00", "--acquired", "2015-04-01", "--burden", "3"]);
  run(["document", "set", "--member", "1", "--kind", "registration", "--status", "done"]);
  run(["document", "set", "--member", "1", "--kind", "card", "--issued", "2021-10-01"]);
  run(["document", "set", "--member", "2", "--kind", "ecert-auth", "--expires", "2026-11-30"]);
});

for (const theme of /** @type {const} */ (["light", "dark"])) {
  test(`every screen and dialog of a household passes axe-core (${theme})`, async () => {
    await useTheme(theme);
    const app = await launchApp();
    const audit = new Audit();
    try {
      await findByText(app, "h3", "山田 花子");
      assert.equal(await prefersDark(app), theme === "dark", "the webview follows the desktop's theme");
      await screenshot(app, `a11y-household-${theme}`);
      await audit.check(app, `household, ${theme}`);

      const card = await findByText(app, "article", "山田 太郎");
      // Clicked by script, like clickButton: the page may still be scrolling back from
      // the previous dialog's focus return.
      const inCard = async (/** @type {string} */ label) =>
        app.executeScript(
          "arguments[0].click();",
          await card.findElement(By.xpath(`.//button[contains(normalize-space(.), ${JSON.stringify(label)})]`)),
        );
      await checkDialog(app, audit, `edit member form, ${theme}`, () => inCard("編集"));
      await checkDialog(app, audit, `add qualification form, ${theme}`, () => inCard("資格情報を登録"));
      await checkDialog(app, audit, `document form, ${theme}`, () => inCard("書類を登録"));
      await checkDialog(app, audit, `troubleshooter, ${theme}`, () => inCard("カードリーダーで確認できないとき"));
      await checkDialog(app, audit, `PDF dialog, ${theme}`, () => clickButton(app, "PDFを作成"));
      await checkDialog(app, audit, `remove member confirmation, ${theme}`, () => inCard("削除"));

      await clickButton(app, "リマインダー");
      await findByText(app, "h2", "リマインダー");
      await app.wait(until.elementLocated(By.css("article.reminder")), 10_000);
      await screenshot(app, `a11y-reminders-${theme}`);
      await audit.check(app, `reminders, ${theme}`);
      const renewal = await findByText(app, "article", "有効期限がまもなく切れます");
      await checkDialog(app, audit, `renewed date form, ${theme}`, async () =>
        app.executeScript("arguments[0].click();", await renewal.findElement(By.xpath(".//button[normalize-space(.)='対応済みにする']"))),
      );

      await clickButton(app, "設定");
      await findByText(app, "h3", "バックアップ");
      await screenshot(app, `a11y-settings-${theme}`);
      await audit.check(app, `settings, ${theme}`);
    } finally {
      await quitApp(app);
    }
    assert.ok(audit.checked >= 10, `only ${audit.checked} screens were checked`);
    audit.report();
  });
}
