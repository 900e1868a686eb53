import { tick } from "svelte";

/** After a rejected save, move focus (and the scroll position) to the first wrong field. */
export async function focusFirstInvalid(form: HTMLFormElement | undefined): Promise<void> {
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
