// The steering tables as Excel files (issue 20.4), next to CSV: the same protected rows, with
// numbers as numbers so a spreadsheet can sum and chart them. write-excel-file writes the
// OOXML; a second sheet says how each indicator is computed, so the file explains itself.
import writeExcelFile from "write-excel-file/node";
import { INDICATORS } from "./indicators";

type Cell = string | number | boolean | null;

const bold = (value: string) => ({ value, fontWeight: "bold" as const });

/** An XLSX file: the table's sheet, then "Så räknas det" with each indicator's text. */
export async function tableXlsx(sheet: string, header: string[], rows: Cell[][]): Promise<Buffer> {
  const definitions = [
    [bold("indicator"), bold("sv"), bold("en")],
    ...INDICATORS.map((d) => [d.id, d.sv, d.en]),
  ];
  return writeExcelFile([
    { sheet, data: [header.map(bold), ...rows], stickyRowsCount: 1 },
    {
      sheet: "Så räknas det",
      data: definitions,
      columns: [{ width: 40 }, { width: 100 }, { width: 100 }],
    },
  ]).toBuffer();
}
