// The household as the UI holds it: loaded from the core, refreshed after each change.
import { api, ApiError } from "../api";
import { applyDisplay } from "../display";
import { firstScreen } from "../firstScreen";
import { finish, mark } from "../startupTrace";
import type {
  AppStatus,
  CardReading,
  DocumentInput,
  HouseholdScreen,
  HouseholdStatus,
  MemberInput,
  MemberStatus,
  MemberView,
  Onboarding,
  QualificationInput,
  QualificationSaved,
} from "../bindings";

export class Household {
  members = $state<MemberView[]>([]);
  /** Today's answers for the household: what works, what to bring, what to do next. */
  today = $state<HouseholdStatus | null>(null);
  status = $state<AppStatus | null>(null);
  /** Whether to show the first-run guide, and whether the demo household is loaded. */
  onboarding = $state<Onboarding | null>(null);
  loaded = $state(false);
  loadError = $state<string | null>(null);

  /** At start-up and after unlocking or restoring: one call brings everything the
   *  first frame shows (docs/PERFORMANCE.md, start-up). */
  async load(): Promise<void> {
    try {
      const first = await firstScreen();
      mark("first_screen answered");
      this.status = first.status;
      // Before anything is shown: the household's language, date order and text size.
      applyDisplay(first.status.display);
      if (first.household) this.show(first.household);
      this.loadError = first.householdError ? first.householdError.message : null;
      finish(first.traceStartup);
    } catch (error) {
      this.loadError = error instanceof ApiError ? error.message : String(error);
    } finally {
      this.loaded = true;
    }
  }

  private show(screen: HouseholdScreen): void {
    this.members = screen.members;
    this.today = screen.today;
    this.onboarding = screen.onboarding;
  }

  private async refresh(): Promise<void> {
    this.show(await api.householdScreen());
  }

  statusOf(memberId: number): MemberStatus | undefined {
    return this.today?.members.find((m) => m.memberId === memberId);
  }

  /** Runs a change, then reloads the household so every view shows the stored state. */
  private async change<T>(action: () => Promise<T>): Promise<T> {
    const result = await action();
    await this.refresh();
    return result;
  }

  add = (input: MemberInput) => this.change(() => api.addMember(input));
  edit = (id: number, input: MemberInput) => this.change(() => api.editMember(id, input));
  remove = (id: number) => this.change(() => api.removeMember(id));

  addQualification = (memberId: number, input: QualificationInput, endCurrent: boolean): Promise<QualificationSaved> =>
    this.change(() => api.addQualification(memberId, input, endCurrent));
  editQualification = (id: number, input: QualificationInput) => this.change(() => api.editQualification(id, input));
  endQualification = (id: number, lostOn: string) => this.change(() => api.endQualification(id, lostOn));
  removeQualification = (id: number) => this.change(() => api.removeQualification(id));
  setDocument = (memberId: number, input: DocumentInput) => this.change(() => api.setDocument(memberId, input));
  clearDocument = (memberId: number, kind: string) => this.change(() => api.clearDocument(memberId, kind));
  saveCardReading = (memberId: number, reading: CardReading, confirmed: boolean) =>
    this.change(() => api.saveCardReading(memberId, reading, confirmed));
  finishFirstRun = () => this.change(() => api.finishFirstRun());
  loadDemo = () => this.change(() => api.loadDemo());
  removeDemo = () => this.change(() => api.removeDemo());
}
