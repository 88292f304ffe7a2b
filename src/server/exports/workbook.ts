import type ExcelJS from 'exceljs';
import { protectCell } from '../../domain/exports/spreadsheet.js';

/**
 * The one way a workbook leaves the server: every text cell of every sheet (headers, names,
 * titles) is protected against formula injection as the CSV writer does it (domain/exports/
 * spreadsheet.ts); numbers, dates and the product's own formulas stay as they are. Walking the
 * finished workbook means a new sheet or column cannot forget it.
 */
export async function protectedWorkbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') cell.value = protectCell(v);
        else if (v !== null && typeof v === 'object' && 'richText' in v && v.richText[0]) {
          const [first, ...rest] = v.richText;
          cell.value = { richText: [{ ...first, text: protectCell(first.text) }, ...rest] };
        } else if (v !== null && typeof v === 'object' && 'hyperlink' in v && 'text' in v && typeof v.text === 'string') {
          cell.value = { ...v, text: protectCell(v.text) };
        }
      });
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
