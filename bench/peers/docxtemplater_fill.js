// Fills a tagged .docx once per school with docxtemplater and writes one document per school.
// Usage: node docxtemplater_fill.js TEMPLATE.docx SCHOOLS.json OUT_DIR
const fs = require("fs");
const path = require("path");
const PizZip = require("../node_modules/pizzip");
const Docxtemplater = require("../node_modules/docxtemplater");

const template = fs.readFileSync(process.argv[2]);
const schools = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
fs.mkdirSync(process.argv[4], { recursive: true });
for (const school of schools) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(school);
  const bytes = doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
  fs.writeFileSync(path.join(process.argv[4], `${school.skolenhetskod}.docx`), bytes);
}
