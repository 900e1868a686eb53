// End to end: the reminders screen on a fixed "today" — a due reminder is marked done
// with the renewed expiry date, and the list follows the new date.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { By, findByText, launchApp, screenshot, until, useFreshHousehold, quitApp } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const saveTo = path.join(mkdtempSync(path.join(tmpdir(), "hoken-techo-ics-")), "reminders.ics");
const db = useFreshHousehold("2026-11-23", { HOKEN_TECHO_E2E_SAVE_PATH: saveTo });

/** @param {string[]} args */
function run(args) {
  return execFileSync(cli, ["--db", db, "--today", "2026-11-23", ...args], { encoding: "utf8" });
}

test("a due reminder is marked done with the renewed expiry and the list updates", async () => {
  run(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1980-01-02", "--relation", "本人"]);
  run(["document", "set", "--member", "1", "--kind", "ecert-auth", "--expires", "2026-11-30"]);

  const app = await launchApp();
  try {
    await (await findByText(app, "button", "リマインダー")).click();
    await findByText(app, "h3", "今、対応が必要なもの（3件）");
    const last = await findByText(app, "article", "有効期限がまもなく切れます");
    assert.match(await last.getText(), /令和8年11月30日/);
    await screenshot(app, "14-reminders-due");

    // The calendar export writes the same reminders as events (the CLI's ics is tested
    // with an independent parser; here: the button reaches it).
    await (await findByText(app, "button", "カレンダーに書き出す")).click();
    await findByText(app, "p", "カレンダーのファイルを保存しました");
    const calendar = readFileSync(saveTo, "utf8");
    assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
    assert.match(calendar, /UID:m1:expiry-last-notice:ecert-auth:2026-11-30@/);

    await (await last.findElement(By.xpath(".//button[normalize-space(.)='対応済みにする']"))).click();
    const dialog = await app.wait(until.elementLocated(By.css("[role=dialog]")), 10_000);
    const field = await dialog.findElement(By.id("newExpiry"));
    // A date that is not after the old one is refused beside the field, nothing saved.
    await field.sendKeys("2026-11-01");
    await (await findByText(app, "button", "保存する")).click();
    await findByText(app, "p", "前の有効期限");
    await field.clear();
    await field.sendKeys("令和13年11月30日");
    await (await findByText(app, "button", "保存する")).click();

    await findByText(app, "p", "対応済みにしました。");
    await findByText(app, "h3", "今、対応が必要なもの（0件）");
    const page = await app.findElement(By.css("main")).getText();
    assert.doesNotMatch(page, /令和8年11月30日/, "reminders about the old expiry are gone");
    await screenshot(app, "15-reminders-after-renewal");

    // The renewed date is in the database file, as a printed (not estimated) expiry.
    const documents = JSON.parse(run(["--json", "document", "list", "--member", "1"]));
    const cert = documents.find((/** @type {{kind: string}} */ d) => d.kind === "ecert-auth");
    assert.equal(cert.expiry.date, "2031-11-30");
    assert.equal(cert.expiry.source, "printed");
  } finally {
    await quitApp(app);
  }
});

test("with 「下の名前だけ」 chosen in the settings, the calendar file carries no surname", async () => {
  const app = await launchApp();
  try {
    await (await findByText(app, "button", "設定")).click();
    const group = await findByText(app, "fieldset", "カレンダーファイルと通知に出す名前");
    await app.executeScript("arguments[0].scrollIntoView({ block: 'start' });", group);
    await (await group.findElement(By.css("input[value=given]"))).click();
    // Saved in the file, as the CLI reads it (the window and the CLI share the database).
    await app.wait(async () => JSON.parse(run(["--json", "reminders", "names"])).namesInReminders === "given", 10_000);
    await screenshot(app, "18-settings-names-in-reminders");

    await (await findByText(app, "button", "リマインダー")).click();
    await (await findByText(app, "button", "カレンダーに書き出す")).click();
    await findByText(app, "p", "カレンダーのファイルを保存しました");
    const calendar = readFileSync(saveTo, "utf8");
    assert.match(calendar, /太郎さん/);
    assert.doesNotMatch(calendar, /山田/);
  } finally {
    await quitApp(app);
  }
});
