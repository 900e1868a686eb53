// End to end: keeping the data safe from the window — import a household file after
// checking it, back up, encrypt with a passphrase, and unlock on the next start.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { By, findByText, launchApp, quitApp, screenshot, until, useFreshHousehold } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const householdFile = path.join(mkdtempSync(path.join(tmpdir(), "hoken-techo-data-")), "household.json");
const db = useFreshHousehold("2026-11-25", { HOKEN_TECHO_E2E_OPEN_PATH: householdFile });

/** @param {string[]} args */
function run(args) {
  return execFileSync(cli, ["--db", db, ...args], { encoding: "utf8" });
}

test("import after a preview, a backup, then a passphrase that the next start asks for", async () => {
  run(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1980-01-02", "--relation", "本人"]);
  run(["member", "add", "--name", "山田 花子", "--kana", "ヤマダ ハナコ", "--birth", "1982-03-04", "--relation", "配偶者"]);
  run(["export", "-o", householdFile]);
  run(["member", "remove", "2", "--yes"]);

  let app = await launchApp();
  try {
    await (await findByText(app, "button", "設定")).click();
    await (await findByText(app, "button", "読み込む")).click();
    const confirm = await app.wait(until.elementLocated(By.css("[role=alertdialog], [role=dialog]")), 10_000);
    assert.match(await confirm.getText(), /追加 1人/);
    await screenshot(app, "16-import-preview");
    await (await findByText(app, "button", "読み込んで置き換える")).click();
    await findByText(app, "p", "読み込みました。");

    await (await findByText(app, "button", "今すぐバックアップ")).click();
    await findByText(app, "p", "バックアップしました。");

    await app.findElement(By.id("new-passphrase")).sendKeys("あおい そら と しろい くも");
    await app.findElement(By.id("again-passphrase")).sendKeys("あおい そら と しろい くも");
    await (await findByText(app, "button", "暗号化する")).click();
    await findByText(app, "p", "暗号化しました");
    await screenshot(app, "17-settings-data");

    await (await findByText(app, "button", "家族")).click();
    await findByText(app, "h3", "山田 花子");
  } finally {
    await quitApp(app);
  }

  // On disk the names are no longer readable.
  assert.ok(!readFileSync(db).includes(Buffer.from("山田", "utf8")), "the database file is encrypted");

  app = await launchApp();
  try {
    await findByText(app, "h2", "パスフレーズを入力してください");
    const field = await app.findElement(By.id("passphrase"));
    await field.sendKeys("まちがい の ことば です");
    await (await findByText(app, "button", "開く")).click();
    await findByText(app, "p", "パスフレーズ");
    await screenshot(app, "18-unlock-wrong");
    await field.clear();
    await field.sendKeys("あおい そら と しろい くも");
    await (await findByText(app, "button", "開く")).click();
    await findByText(app, "h3", "山田 花子");
  } finally {
    await quitApp(app);
  }
});
