import { fill } from "../../taskpane/strings";
import type { WorkbenchNotice } from "./session";
import type { WorkbenchText } from "./strings";

export interface NoticeView {
  readonly intent: "error" | "warning" | "success";
  readonly text: string;
}

/**
 * A notice in the page's language. Workbook text (a validation alert, a sheet name) is inserted as plain text
 * and rendered by React, never as HTML.
 */
export function noticeView(notice: WorkbenchNotice, text: WorkbenchText): NoticeView {
  switch (notice.code) {
    case "stored-dropped":
      return { intent: "warning", text: fill(text.storedDropped, { key: notice.key }) };
    case "reset-done":
      return { intent: "success", text: text.resetDone };
    case "protected-cell":
      return { intent: "error", text: fill(text.protectedCell, { sheet: notice.sheet, address: notice.address }) };
    case "validation-rejected": {
      const base = fill(text.validationRejected, { value: notice.value, address: notice.address });
      return { intent: "error", text: notice.alert === "" ? base : `${base} ${notice.alert}` };
    }
    case "rejected":
      return { intent: "error", text: fill(text.rejected, { message: notice.message }) };
  }
}
