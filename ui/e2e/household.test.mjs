// End to end: the real app under Xvfb, driven through tauri-driver + WebKitWebDriver.
import assert from "node:assert/strict";
import { test } from "node:test";
import { By, findByText, launchApp, screenshot, useFreshHousehold, quitApp } from "./driver.mjs";

useFreshHousehold();

test("a member added in the window is still there after a restart", async () => {
  const first = await launchApp();
  try {
    assert.equal(await first.getTitle(), "保険手帳");
    // A new database opens with the first-run guide (e2e/firstrun.test.mjs); skipped here.
    await (await findByText(first, "button", "スキップ")).click();
    await findByText(first, "h3", "まだ家族が登録されていません");
    await screenshot(first, "01-empty-household");

    await (await findByText(first, "button", "最初の一人を登録する")).click();
    await first.findElement(By.id("name")).sendKeys("山田 太郎");
    await first.findElement(By.id("kana")).sendKeys("やまだ たろう");
    await first.findElement(By.id("birthDate")).sendKeys("1980-01-02");
    await screenshot(first, "02-add-member-form");
    await (await findByText(first, "button", "保存する")).click();

    await findByText(first, "h3", "山田 太郎");
    await findByText(first, "dd", "昭和55年1月2日 (1980-01-02)");
    await screenshot(first, "03-household-with-member");
  } finally {
    await quitApp(first);
  }

  const second = await launchApp();
  try {
    const card = await findByText(second, "article", "山田 太郎");
    assert.match(await card.getText(), /ヤマダ タロウ/);
    assert.match(await card.getText(), /本人/);
    await screenshot(second, "04-after-restart");
  } finally {
    await quitApp(second);
  }
});
