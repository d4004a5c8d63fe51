// Writes the cells of a rows file (JSON: header and rows, "" = empty) as .xlsx with the ExcelJS
// streaming writer (WorkbookWriter, shared strings).
// Usage: node exceljs_write.js ROWS.json OUT.xlsx
const fs = require("fs");
const ExcelJS = require("../node_modules/exceljs");

async function main() {
  const table = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: process.argv[3], useSharedStrings: true });
  const sheet = book.addWorksheet("Åtagande");
  sheet.addRow(table.header).commit();
  for (const row of table.rows) sheet.addRow(row.map((value) => (value === "" ? null : value))).commit();
  sheet.commit();
  await book.commit();
}
main();
