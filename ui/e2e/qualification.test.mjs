// End to end: entering a qualification from the notice, and a refused one.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { By, findByText, launchApp, screenshot, until, useFreshHousehold, quitApp } from "./driver.mjs";

const db = useFreshHousehold();
const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";

/**
 * Types into a field found by id, replacing what is there.
 * @param {import("selenium-webdriver").WebDriver} app
 * @param {string} id
 * @param {string} value
 */
async function type(app, id, value) {
  const field = await app.findElement(By.id(id));
  await field.clear();
  await field.sendKeys(value);
}

/**
 * @param {import("selenium-webdriver").WebDriver} app
 * @param {string} name
 * @param {string} kana
 * @param {string} birth
 */
async function addMember(app, name, kana, birth) {
  // A new database opens with the first-run guide (e2e/firstrun.test.mjs): skip it.
  await app.wait(until.elementLocated(By.css("nav.views")), 10_000);
  const skip = await app.findElements(By.xpath("//button[normalize-space(.)='スキップ']"));
  if (skip[0]) await skip[0].click();
  await findByText(app, "h2", "家族"); // the household has loaded
  const addButton = await app.findElements(By.xpath("//button[contains(., '最初の一人を登録する')]"));
  await (addButton[0] ?? (await findByText(app, "button", "家族を追加"))).click();
  await type(app, "name", name);
  await type(app, "kana", kana);
  await type(app, "birthDate", birth);
  await (await findByText(app, "button", "保存する")).click();
  await findByText(app, "h3", name);
}

test("a full qualification typed from the notice is shown like the notice after a restart", async () => {
  const app = await launchApp();
  try {
    await addMember(app, "髙橋 一郎", "タカハシ イチロウ", "昭和50年4月1日");
    await (await findByText(app, "button", "資格情報を登録")).click();
    await type(app, "insurerNumber", "０１１３００１２");
    await findByText(app, "p", "協会けんぽ・東京都");
    await type(app, "insurerName", "全国健康保険協会 東京支部");
    await type(app, "symbol", "１２３４５６７８");
    await type(app, "number", "１２");
    await type(app, "branch", "1");
    await type(app, "acquiredOn", "令和7年4月1日");
    // Chosen from the keyboard: clicking an <option> opens WebKitGTK's popup menu,
    // which then swallows the next click.
    await app.findElement(By.id("burden")).sendKeys("3割");
    assert.equal(await app.findElement(By.id("burden")).getAttribute("value"), "3");
    await screenshot(app, "05-qualification-form");
    await (await findByText(app, "button", "保存する")).click();
    await findByText(app, "p", "資格情報を保存しました");
  } finally {
    await quitApp(app);
  }

  const again = await launchApp();
  try {
    const notice = await again.wait(until.elementLocated(By.css("section.notice")), 10_000);
    const shown = await notice.getText();
    for (const expected of ["１２３４５６７８", "１２", "01", "01130012", "全国健康保険協会 東京支部", "協会けんぽ・東京都", "令和7年4月1日 (2025-04-01)", "3割", "本人（被保険者）"]) {
      assert.ok(shown.includes(expected), `expected ${expected} in:\n${shown}`);
    }
    await screenshot(again, "06-member-with-qualification");
  } finally {
    await quitApp(again);
  }
});

test("a wrong check digit is shown beside the insurer number and nothing is saved", async () => {
  const app = await launchApp();
  try {
    await addMember(app, "髙橋 花子", "タカハシ ハナコ", "1978-09-30");
    const card = await findByText(app, "article", "髙橋 花子");
    await card.findElement(By.xpath(".//button[contains(., '資格情報を登録')]")).click();
    await type(app, "insurerNumber", "01130013");
    await type(app, "symbol", "1234");
    await type(app, "number", "5");
    await type(app, "acquiredOn", "R7.4.1");
    await (await findByText(app, "button", "保存する")).click();
    const error = await app.wait(until.elementLocated(By.id("insurerNumber-error")), 10_000);
    assert.match(await error.getText(), /検証番号/);
    const field = await app.findElement(By.id("insurerNumber"));
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    await screenshot(app, "07-wrong-check-digit");
    await (await findByText(app, "button", "キャンセル")).click();
    const text = await (await findByText(app, "article", "髙橋 花子")).getText();
    assert.match(text, /資格情報はまだ登録されていません/);
    // And in the file itself (read with the CLI): the refused qualification is not there.
    const stored = JSON.parse(execFileSync(cli, ["--db", db, "qualification", "list", "--member", "2", "--json"], { encoding: "utf8" }));
    assert.deepEqual(stored, []);
  } finally {
    await quitApp(app);
  }
});
