/** A workbench session over in-memory storage, as the page runs one over `localStorage`. */
import { WorkbenchSession, type WorkbenchStorage } from "../../src/workbench/page/session";

/** `localStorage`'s behaviour over a Map, with a switch to make writes fail as a full quota does. */
export class MemoryStorage implements WorkbenchStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export function openSession(storage: WorkbenchStorage | null = new MemoryStorage()): WorkbenchSession {
  return new WorkbenchSession({ storage, requirementSets: { ExcelApi: "1.18" } });
}
