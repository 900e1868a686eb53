// End to end: the first-run guide on an empty database (skipped, or finished), the help
// screen, and the demo household loaded and removed from the window.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { By, findByText, launchApp, quitApp, screenshot, until, useFreshHousehold } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const db = useFreshHousehold();

/** @param {string[]} args */
function run(args) {
  return execFileSync(cli, ["--db", db, "--today", "2026-11-25", ...args], { encoding: "utf8" });
}

/** Starts again from no database at all (the app is not running). */
function removeDatabase() {
  for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
  rmSync(path.join(path.dirname(db), "backups"), { recursive: true, force: true });
}

/** @param {import("selenium-webdriver").WebDriver} app */
async function guideShown(app) {
  const titles = await app.findElements(By.xpath("//h2[normalize-space(.)='保険手帳でできること']"));
  return titles.length > 0;
}

/**
 * @param {import("selenium-webdriver").WebDriver} app
 * @param {string} title
 */
async function nextStep(app, title) {
  await (await findByText(app, "button", "次へ")).click();
  await findByText(app, "h2", title);
}

test("the guide opens on an empty database, and once skipped it does not come back", async () => {
  let app = await launchApp();
  try {
    await findByText(app, "h2", "保険手帳でできること");
    await findByText(app, "p", "インターネットには接続せず");
    await screenshot(app, "firstrun-1-about");
    await nextStep(app, "資格情報のお知らせのどこを見るか");
    const picture = await app.findElement(By.css("svg[role=img]"));
    assert.ok(await picture.isDisplayed());
    await screenshot(app, "firstrun-2-notice");
    await nextStep(app, "最初の一人を登録");
    await screenshot(app, "firstrun-3-member");
    await nextStep(app, "リマインダーをオンにする");
    await findByText(app, "p", "通知はオンです。");
    await screenshot(app, "firstrun-4-reminders");
    await (await findByText(app, "button", "スキップ")).click();
    await findByText(app, "h3", "まだ家族が登録されていません");
  } finally {
    await quitApp(app);
  }

  app = await launchApp();
  try {
    await findByText(app, "h3", "まだ家族が登録されていません");
    assert.equal(await guideShown(app), false, "the skipped guide stays closed after a restart");
  } finally {
    await quitApp(app);
  }
});

test("on another new database, the finished guide does not come back and the help reopens it", async () => {
  removeDatabase();
  let app = await launchApp();
  try {
    await findByText(app, "h2", "保険手帳でできること");
    await nextStep(app, "資格情報のお知らせのどこを見るか");
    await nextStep(app, "最初の一人を登録");
    await nextStep(app, "リマインダーをオンにする");
    await (await findByText(app, "button", "はじめる")).click();
    await findByText(app, "h3", "まだ家族が登録されていません");
  } finally {
    await quitApp(app);
  }

  app = await launchApp();
  try {
    await findByText(app, "h3", "まだ家族が登録されていません");
    assert.equal(await guideShown(app), false, "the finished guide stays closed after a restart");

    await (await findByText(app, "button", "ヘルプ")).click();
    await findByText(app, "h4", "マイナンバーカードの有効期限");
    const grace = await findByText(app, "section", "期限が切れた後のマイナ保険証");
    assert.match(await grace.getText(), /令和9年2月28日 \(2027-02-28\)まで/);
    await findByText(app, "code", "https://www.kojinbango-card.go.jp/");
    await screenshot(app, "firstrun-5-help");
    await (await findByText(app, "button", "「はじめに」をもう一度見る")).click();
    await findByText(app, "h2", "保険手帳でできること");
    await (await findByText(app, "button", "スキップ")).click();
    await findByText(app, "h3", "まだ家族が登録されていません");
  } finally {
    await quitApp(app);
  }
});

test("the demo household is loaded and removed with one click each", async () => {
  const app = await launchApp();
  try {
    await (await findByText(app, "button", "お試し用の家族で試す")).click();
    await findByText(app, "h3", "手帳 太郎");
    await findByText(app, "h3", "手帳 ウメ");
    await findByText(app, "p", "お試しデータを表示しています");
    await screenshot(app, "firstrun-6-demo");
    const loaded = JSON.parse(run(["member", "list", "--json"]));
    assert.deepEqual(
      loaded.map((/** @type {{ name: string }} */ m) => m.name),
      ["手帳 太郎", "手帳 花子", "手帳 陽太", "手帳 ウメ"],
    );

    await (await findByText(app, "button", "お試しデータを削除")).click();
    const dialog = await app.wait(until.elementLocated(By.css("[role=dialog]")), 10_000);
    await dialog.findElement(By.xpath(".//button[normalize-space(.)='お試しデータを削除']")).click();
    await findByText(app, "h3", "まだ家族が登録されていません");
    await findByText(app, "p", "お試しデータ（4人）を削除しました。");
    await screenshot(app, "firstrun-7-demo-removed");
    assert.deepEqual(JSON.parse(run(["member", "list", "--json"])), []);
  } finally {
    await quitApp(app);
  }
});
