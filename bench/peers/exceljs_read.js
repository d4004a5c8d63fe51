// Reads an .xlsx with the ExcelJS streaming reader (WorkbookReader) and visits every cell value.
// Usage: node exceljs_read.js FILE.xlsx
const ExcelJS = require("../node_modules/exceljs");

async function main() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { sharedStrings: "cache" });
  let count = 0;
  for await (const sheet of reader)
    for await (const row of sheet) row.eachCell(() => count++);
  console.log(count);
}
main();
