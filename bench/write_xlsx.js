// Writes one benchmark .xlsx with SheetJS (shared strings, deflated) from JSON on stdin:
// {"header": [...], "rows": [[...]], "merges": [[first, last]]}; "" is an empty cell, a merge spans
// columns A and B over data rows first..last (0-based, below the header).
// Usage: node write_xlsx.js OUT.xlsx < rows.json
const fs = require("fs");
const XLSX = require("./node_modules/xlsx");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const table = [input.header, ...input.rows.map((row) => row.map((value) => (value === "" ? null : value)))];
const sheet = XLSX.utils.aoa_to_sheet(table);
sheet["!merges"] = input.merges
  .filter(([first, last]) => last > first)
  .flatMap(([first, last]) => [0, 1].map((c) => ({ s: { r: first + 1, c }, e: { r: last + 1, c } })));
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, "Åtagande");
XLSX.writeFile(book, process.argv[2], { bookSST: true, compression: true });
