// Reads a spreadsheet with SheetJS (XLSX.readFile) and visits every cell value of every sheet.
// Usage: node sheetjs_read.js FILE
const XLSX = require("../node_modules/xlsx");

const book = XLSX.readFile(process.argv[2]);
let count = 0;
for (const name of book.SheetNames) {
  const sheet = book.Sheets[name];
  for (const address in sheet) if (address[0] !== "!" && sheet[address].v !== undefined) count++;
}
console.log(count);
