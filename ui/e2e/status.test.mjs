// End to end: today's answers for the household, and the card-reader troubleshooter.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { By, findByText, launchApp, screenshot, until, useFreshHousehold, quitApp } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const db = useFreshHousehold("2026-11-25");

/** @param {string[]} args */
function run(args) {
  execFileSync(cli, ["--db", db, ...args]);
}

test("the household overview puts the expired e-certificate first and the guide explains what to do", async () => {
  run(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1980-01-02", "--relation", "本人"]);
  run(["qualification", "add", "--member", "1", "--insurer", "01130012", "--symbol", "12345678", "--number", "1", "--branch", "00", "--acquired", "2015-04-01"]);
  run(["document", "set", "--member", "1", "--kind", "registration", "--status", "done"]);

  const app = await launchApp();
  try {
    // The card's issue date typed in the window is enough for the e-cert's expiry.
    await (await findByText(app, "button", "書類を登録")).click();
    await app.findElement(By.id("issued")).sendKeys("令和3年10月1日");
    await (await findByText(app, "button", "保存する")).click();
    await findByText(app, "p", "書類の情報を保存しました");

    const today = await findByText(app, "section", "今日の状況");
    const overview = await today.getText();
    assert.match(overview, /令和8年11月25日/);
    assert.match(overview, /期限切れ/);
    assert.match(overview, /利用者証明用電子証明書の更新/);

    const clinic = await app.wait(until.elementLocated(By.css("section.clinic")), 10_000);
    assert.match(await clinic.getText(), /マイナ保険証は使えません/);
    assert.match(await clinic.getText(), /資格確認書/);
    await app.executeScript("window.scrollTo(0, 0)");
    await screenshot(app, "09-household-today");

    await (await findByText(app, "button", "カードリーダーで確認できないとき")).click();
    const guide = await app.wait(until.elementLocated(By.css("[role=dialog]")), 10_000);
    const text = await guide.getText();
    assert.match(text, /健康保険証利用登録は済んでいますか/);
    assert.match(text, /市区町村の窓口/);
    await screenshot(app, "10-troubleshooter");
  } finally {
    await quitApp(app);
  }
});
