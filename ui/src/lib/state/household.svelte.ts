// The household as the UI holds it: loaded from the core, refreshed after each change.
import { api, ApiError } from "../api";
import type { AppStatus, MemberInput, MemberView } from "../bindings";

export class Household {
  members = $state<MemberView[]>([]);
  status = $state<AppStatus | null>(null);
  loaded = $state(false);
  loadError = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.status = await api.appStatus();
      if (!this.status.openError) this.members = await api.listMembers();
      this.loadError = null;
    } catch (error) {
      this.loadError = error instanceof ApiError ? error.message : String(error);
    } finally {
      this.loaded = true;
    }
  }

  async add(input: MemberInput): Promise<MemberView> {
    const member = await api.addMember(input);
    this.members = await api.listMembers();
    return member;
  }

  async edit(id: number, input: MemberInput): Promise<MemberView> {
    const member = await api.editMember(id, input);
    this.members = await api.listMembers();
    return member;
  }

  async remove(id: number): Promise<MemberView> {
    const member = await api.removeMember(id);
    this.members = await api.listMembers();
    return member;
  }
}
