// The display settings applied to the whole window: the language of every screen
// (and <html lang>) and the root font size every rem in the CSS is relative to.
import type { DisplaySettings, TextSize } from "./bindings";
import { setLanguage } from "./i18n/text.svelte";

/** The root font size for each text size; standard leaves app.css in charge. */
const rootFontSize: Record<TextSize, string> = {
  standard: "",
  large: "150%",
  extraLarge: "200%",
};

export function applyDisplay(display: DisplaySettings) {
  setLanguage(display.lang);
  document.documentElement.style.fontSize = rootFontSize[display.textSize];
}
