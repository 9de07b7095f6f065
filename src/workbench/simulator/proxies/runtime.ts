/** `Excel.Runtime` (ExcelApi 1.8): `enableEvents` switches this add-in's events off and on, in batch order. */
import { simError } from "../errors";
import type { SimContext } from "../context";
import { ClientObject, type Scalars } from "./client-object";
import { WORKBOOK, type WorkbookTarget } from "./targets";

export class RuntimeProxy extends ClientObject<WorkbookTarget> {
  protected readonly className = "Runtime";
  protected readonly since = "1.8";
  protected readonly scalars: Scalars<WorkbookTarget> = {
    enableEvents: (tx) => tx.eventsEnabled,
  };

  constructor(context: SimContext) {
    super(context, "runtime", () => WORKBOOK);
  }

  get enableEvents(): boolean {
    return this.read("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.write("enableEvents", value, "1.8", (tx) => {
      if (typeof value !== "boolean")
        throw simError("InvalidArgument", "Runtime.enableEvents", "expected true or false");
      tx.eventsEnabled = value;
    });
  }
}
