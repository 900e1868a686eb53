// The CLI and the desktop app share one database file: what the CLI adds, the app shows.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { findByText, launchApp, screenshot, useFreshHousehold, quitApp } from "./driver.mjs";

// scripts/test points this at the freshly built CLI.
const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const db = useFreshHousehold();

test("a member added with the CLI appears in the app", async () => {
  const args = ["--db", db, "member", "add", "--name", "山田", "太郎", "--kana", "ヤマダ", "タロウ"];
  execFileSync(cli, [...args, "--birth", "1980-01-02", "--relation", "本人"]);
  const listed = JSON.parse(execFileSync(cli, ["--db", db, "member", "list", "--json"], { encoding: "utf8" }));
  assert.equal(listed[0].name, "山田 太郎");

  const app = await launchApp();
  try {
    const card = await findByText(app, "article", "山田 太郎");
    assert.match(await card.getText(), /昭和55年1月2日 \(1980-01-02\)/);
    await screenshot(app, "08-member-added-by-cli");
  } finally {
    await quitApp(app);
  }
});
