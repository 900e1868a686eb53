// End to end: 「カードから読み取る」 in the real window reads the virtual card through the
// real PC/SC stack (pcscd with Debian's vpcd driver, started here and stopped by its
// PID; the card is played by hoken-techo-virtual-card), shows the result, saves it, and
// the member's status changes. Without pcscd it is skipped, or fails with CI=true.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { By, findByText, launchApp, quitApp, screenshot, until, useFreshHousehold } from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
const virtualCard = process.env.HOKEN_TECHO_VIRTUAL_CARD ?? "hoken-techo-virtual-card";
const pcscdProgram = ["/usr/sbin/pcscd", "/usr/bin/pcscd"].find((p) => existsSync(p));
const vpcdDriver = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";
const db = useFreshHousehold("2026-11-25");

const missing = !pcscdProgram ? "pcscd is not installed" : !existsSync(vpcdDriver) ? "vsmartcard-vpcd is not installed" : null;
if (missing && process.env.CI === "true") throw new Error(`the card test cannot run: ${missing}`);

/** @type {import("node:child_process").ChildProcess[]} */
const started = [];

before(async () => {
  if (missing) return;
  const config = mkdtempSync(path.join(tmpdir(), "hoken-techo-pcscd-e2e-"));
  writeFileSync(
    path.join(config, "vpcd"),
    `FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:0x8C7B\nLIBPATH ${vpcdDriver}\nCHANNELID 0x8C7B\n`,
  );
  started.push(spawn(/** @type {string} */ (pcscdProgram), ["--foreground", "--config", config], { stdio: "ignore" }));
  // The virtual card: a renewed 利用者証明用 certificate ending with the card on 2029-06-15 (JST).
  const card = spawn(virtualCard, ["--not-after", "2029-06-15T14:59:59", "--pin-tries", "3"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  started.push(card);
  await new Promise((resolve, reject) => {
    card.stdout?.on("data", (chunk) => String(chunk).includes("on the reader") && resolve(undefined));
    card.once("exit", (code) => reject(new Error(`hoken-techo-virtual-card exited (${code})`)));
  });
});

after(() => {
  // By their PIDs only, the card first.
  for (const child of started.reverse()) if (child.pid) process.kill(child.pid, "SIGTERM");
});

/** @param {string[]} args */
function run(args) {
  execFileSync(cli, ["--db", db, ...args]);
}

test("the card read in the window saves the e-certificate's true expiry and the status changes", { skip: missing ?? false }, async () => {
  run(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1990-06-15", "--relation", "本人"]);
  run(["document", "set", "--member", "1", "--kind", "registration", "--status", "done"]);
  // The card of 2020: its e-certificates, computed, expired on 2025-06-15 (and the
  // grace is over), so the app says マイナ保険証 does not work — until the card says
  // the certificate was renewed.
  run(["document", "set", "--member", "1", "--kind", "card", "--issued", "2020-03-10"]);
  run(["document", "set", "--member", "1", "--kind", "registration", "--status", "done", "--issued", "2026-01-10"]);

  const app = await launchApp();
  try {
    const clinic = await app.wait(until.elementLocated(By.css("section.clinic")), 10_000);
    assert.match(await clinic.getText(), /マイナ保険証は使えません/);

    await (await findByText(app, "button", "カードから読み取る")).click();
    const dialog = await app.wait(until.elementLocated(By.css("[role=dialog]")), 10_000);
    const result = await app.wait(until.elementLocated(By.css("[data-testid=card-expiry]")), 30_000);
    assert.match(await result.getText(), /令和11年6月15日/);
    assert.match(await result.getText(), /2029-06-15/);
    assert.match(await dialog.getText(), /残り3回（3回中）/);
    assert.match(await dialog.getText(), /まだ保存していません/);
    await screenshot(app, "40-card-read-result");

    await (await findByText(app, "button", "この有効期限を保存")).click();
    await findByText(app, "p", "カードから読み取った日付で保存しました");
    const after = await app.wait(until.elementLocated(By.css("section.clinic")), 10_000);
    await app.wait(async () => /マイナ保険証を使えます/.test(await after.getText()), 10_000);
    const documents = await app.findElement(By.css("section.documents"));
    assert.match(await documents.getText(), /（カードから読み取り）/);
    await screenshot(app, "41-card-read-saved");
  } finally {
    await quitApp(app);
  }
  const status = JSON.parse(execFileSync(cli, ["--db", db, "--json", "status"]).toString());
  const auth = status.members[0].documents.find((/** @type {{kind: string}} */ d) => d.kind === "ecert-auth");
  assert.equal(auth.expiry.date, "2029-06-15");
  assert.equal(auth.expiry.source, "card");
});
