// End to end: a dependant whose insured person turned 75 has no cover, and the household
// overview says so first (before an older expired card), with the reason in the member's
// clinic box.
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

test("the overview puts a dependant without cover first and says why", async () => {
  // 太郎 turned 75 on 2026-09-20; 花子 is his dependant on the same card. His card
  // (issued 2016-03-01, born 20 September) ran to 2025-09-20: an older expired item.
  run(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1951-09-20", "--relation", "本人"]);
  run(["member", "add", "--name", "山田 花子", "--kana", "ヤマダ ハナコ", "--birth", "1955-02-14", "--relation", "配偶者"]);
  run(["qualification", "add", "--member", "1", "--insurer", "01130012", "--symbol", "12345678", "--number", "1", "--branch", "00", "--acquired", "2015-04-01"]);
  run(["qualification", "add", "--member", "2", "--insurer", "01130012", "--symbol", "12345678", "--number", "1", "--branch", "01", "--acquired", "2015-04-01", "--role", "dependant"]);
  run(["document", "set", "--member", "1", "--kind", "card", "--issued", "2016-03-01"]);
  run(["document", "set", "--member", "2", "--kind", "card", "--issued", "2021-10-01"]);
  run(["document", "set", "--member", "2", "--kind", "registration", "--status", "done"]);

  const app = await launchApp();
  try {
    const today = await findByText(app, "section", "今日の状況");
    const first = await today.findElement(By.css("li"));
    const firstText = await first.getText();
    assert.match(firstText, /保険の資格なし/);
    assert.match(firstText, /山田 花子/);

    const boxes = await app.wait(until.elementsLocated(By.css("section.clinic")), 10_000);
    const texts = await Promise.all(boxes.map((box) => box.getText()));
    const hanako = texts.find((t) => t.includes("被扶養者としての資格はなくなっています"));
    assert.ok(hanako, texts.join("\n---\n"));
    assert.match(hanako, /マイナ保険証は使えません（この日に有効な健康保険の資格がありません）/);
    await app.executeScript("window.scrollTo(0, 0)");
    await screenshot(app, "20-no-cover-overview");
  } finally {
    await quitApp(app);
  }
});
