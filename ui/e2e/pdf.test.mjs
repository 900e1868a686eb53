// End to end: "PDFを作成" for one member and for the household writes a real PDF.
// The native save dialog cannot be driven through WebDriver, so the app's test seam
// HOKEN_TECHO_E2E_SAVE_PATH names the file the dialog would have returned.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { By, findByText, launchApp, screenshot, until, quitApp } from "./driver.mjs";
import { useFreshHousehold } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const saveTo = path.join(mkdtempSync(path.join(tmpdir(), "hoken-techo-pdf-")), "saved.pdf");
const db = useFreshHousehold("2026-11-25", { HOKEN_TECHO_E2E_SAVE_PATH: saveTo });

/** @param {string[]} args */
function run(args) {
  execFileSync(cli, ["--db", db, ...args]);
}

/**
 * pdfinfo and pdftotext (poppler) parse the file independently of the app.
 * @param {string} file
 */
function inspect(file) {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { info, pages, text };
}

/**
 * Opens the PDF dialog with `button` and takes its screenshot.
 * @param {import("selenium-webdriver").WebDriver} app
 * @param {import("selenium-webdriver").WebElement} button
 * @param {string} name
 */
async function openPdfDialog(app, button, name) {
  await button.click();
  const dialog = await app.wait(until.elementLocated(By.css("[role=dialog]")), 10_000);
  await screenshot(app, name);
  return dialog;
}

test("a member's PDF and the household's PDF are saved from the window and parse", async () => {
  run(["member", "add", "--name", "𠮷田 花子", "--kana", "ヨシダ ハナコ", "--birth", "1985-07-07", "--relation", "本人"]);
  run(["qualification", "add", "--member", "1", "--insurer", "01130012", "--symbol", "１２３４", "--number", "５６", "--branch", "00", "--acquired", "2020-04-01"]);
  run(["member", "add", "--name", "𠮷田 一郎", "--kana", "ヨシダ イチロウ", "--birth", "2015-03-03", "--relation", "子"]);
  run(["qualification", "add", "--member", "2", "--insurer", "01130012", "--symbol", "１２３４", "--number", "５６", "--branch", "01", "--acquired", "2020-04-01", "--role", "dependant"]);

  const app = await launchApp();
  try {
    const memberButton = await app.wait(until.elementLocated(By.css("button[aria-label='𠮷田 花子 PDFを作成']")), 10_000);
    const dialog = await openPdfDialog(app, memberButton, "11-pdf-dialog-member");
    assert.match(await dialog.getText(), /切り取り用のカード/);
    await (await findByText(app, "button", "保存先を選んで作成")).click();
    await findByText(app, "p", "PDFを保存しました");
    assert.ok(existsSync(saveTo), "the PDF file exists");
    assert.equal(readFileSync(saveTo).subarray(0, 5).toString("latin1"), "%PDF-");
    const member = inspect(saveTo);
    assert.match(member.info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    assert.match(member.text, /𠮷田 花子/);
    assert.doesNotMatch(member.text, /一郎/, "a member's PDF holds only that member");
    await screenshot(app, "12-pdf-saved");
    await (await findByText(app, "button", "閉じる")).click();

    rmSync(saveTo);
    const householdButton = await findByText(app, "button", "PDFを作成");
    await openPdfDialog(app, householdButton, "13-pdf-dialog-household");
    await app.findElement(By.css("[role=dialog] input[type=checkbox]")).click();
    await (await findByText(app, "button", "保存先を選んで作成")).click();
    await findByText(app, "p", "PDFを保存しました");
    const household = inspect(saveTo);
    // Overview + one sheet per member + the page of cut-outs.
    assert.equal(household.pages, 4);
    assert.match(household.text, /𠮷田 花子/);
    assert.match(household.text, /𠮷田 一郎/);
    assert.match(household.text, /１２３４/);
  } finally {
    await quitApp(app);
  }
});
