// Languages: switching to English in 設定 → 表示 changes every screen at
// once, including the core's messages and dates in the chosen order; the choice is in
// the database, so a restart and the CLI on the same file speak English too.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { By, chooseRadio, findByText, launchApp, quitApp, screenshot, useFreshHousehold } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const db = useFreshHousehold();

test("English chosen in the settings is used everywhere and kept", async () => {
  const add = ["--db", db, "member", "add", "--name", "山田", "太郎", "--kana", "ヤマダ", "タロウ"];
  execFileSync(cli, [...add, "--birth", "1980-01-02", "--relation", "本人"], { env: { ...process.env, HOKEN_TECHO_TODAY: "2026-11-25" } });

  const first = await launchApp();
  try {
    await findByText(first, "dd", "昭和55年1月2日 (1980-01-02)");
    await (await findByText(first, "button", "設定")).click();
    await chooseRadio(first, "English（英語）");
    await findByText(first, "h3", "Display");
    await findByText(first, "p", "The setting was saved.");
    assert.equal(await first.executeScript("return document.documentElement.lang"), "en");
    await screenshot(first, "language-01-settings-in-english");

    // The household screen, with the core's labels fetched again in English.
    await (await findByText(first, "button", "Family")).click();
    await findByText(first, "dd", "1980-01-02 (Showa 55)");
    await screenshot(first, "language-02-household-in-english");

    // A message from the core's validation, in English.
    await (await findByText(first, "button", "Add a family member")).click();
    await first.findElement(By.id("kana")).sendKeys("ヤマダ ハナコ");
    await first.findElement(By.id("birthDate")).sendKeys("2025-02-30");
    await (await findByText(first, "button", "Save")).click();
    await findByText(first, "p", "Date of birth does not exist in the calendar");
    await screenshot(first, "language-03-core-error-in-english");
    await (await findByText(first, "button", "Cancel")).click();

    // 和暦 first, in English.
    await (await findByText(first, "button", "Settings")).click();
    await chooseRadio(first, "Japanese era first");
    await findByText(first, "p", "The setting was saved.");
    await (await findByText(first, "button", "Family")).click();
    await findByText(first, "dd", "Showa 55, January 2 (1980-01-02)");
    await screenshot(first, "language-04-wareki-first-in-english");
  } finally {
    await quitApp(first);
  }

  const second = await launchApp();
  try {
    await findByText(second, "dd", "Showa 55, January 2 (1980-01-02)");
    await findByText(second, "button", "Settings");
    assert.equal(await second.executeScript("return document.documentElement.lang"), "en");
    await screenshot(second, "language-05-english-after-restart");
  } finally {
    await quitApp(second);
  }

  // The CLI reads the same choice from the file: English without --lang.
  const status = execFileSync(cli, ["--db", db, "status"], {
    encoding: "utf8",
    env: { ...process.env, LANG: "ja_JP.UTF-8", HOKEN_TECHO_TODAY: "2026-11-25" },
  });
  assert.match(status, /^Status on Reiwa 8, November 25 \(2026-11-25\)/);
  assert.match(status, /Self \(insured person\), age 46/);
});
