import { tick } from "svelte";
import { ApiError } from "./api";

/** After a rejected save, move focus (and the scroll position) to the first wrong field. */
export async function focusFirstInvalid(form: HTMLFormElement | undefined): Promise<void> {
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/**
 * The save of one form: `saving` while it runs, and the core's rejection as `error`
 * (shown beside each field by the form) with focus moved to the first wrong field.
 */
export class Submission {
  error = $state<ApiError | null>(null);
  saving = $state(false);

  /** Runs `save`; returns whether it succeeded. */
  async run(form: HTMLFormElement | undefined, save: () => Promise<void>): Promise<boolean> {
    this.saving = true;
    try {
      await save();
      this.error = null;
      return true;
    } catch (caught) {
      this.error = ApiError.from(caught);
      void focusFirstInvalid(form);
      return false;
    } finally {
      this.saving = false;
    }
  }
}
