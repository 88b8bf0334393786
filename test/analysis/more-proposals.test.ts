// Whole proposals written for this project, in the corpus's style, with other phrasings.
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { buildDocx } from "../helpers/build-docx";

const CASES: [string, string, string, string[]][] = [
  ["technical upgrade, reason with 'då'", "# Jämställdhet\nFörslaget bedöms inte påverka jämställdheten då det handlar om en ren teknisk uppgradering av regionens växel.", "justified", []],
  ["both girls and boys, then a difference", "# Jämställdhetsperspektiv\nSatsningen riktar sig till både flickor och pojkar. Fler pojkar än flickor deltar i föreningsidrotten.", "weak", ["target-groups"]],
  ["heading 2 under Konsekvensanalys", "# Konsekvensanalys\n## Jämställdhet\nInom verksamheten arbetar 120 personer, varav 95 kvinnor. Förändringen av arbetstiderna påverkar därför främst kvinnor.\n## Miljö\nIngen påverkan.", "adequate", ["impact", "sex-disaggregated-data", "target-groups"]],
  ["statistics said to be missing", "# Jämställdhet\nStatistik uppdelad på kön saknas för målgruppen.", "weak", []],
  ["placeholder only", "# Jämställdhet\n[Ange här hur förslaget påverkar kvinnor och män]", "template", []],
  ["ej aktuellt with a reason", "# Jämställdhet\nEj aktuellt eftersom ärendet enbart avser revisionsrapporten.", "justified", []],
  ["targeted information and follow-up", "# Jämställdhetsanalys\nAndelen kvinnor bland sökande till utbildningen var 23 procent 2025. Förslaget om riktad information till kvinnor förväntas öka andelen kvinnliga sökande. Utfallet följs upp årligen.", "adequate", ["impact", "measures", "sex-disaggregated-data", "target-groups"]],
  ["all inhabitants, therefore equal", "# Jämställdhet\nBeslutet omfattar samtliga invånare i länet och är därmed jämställt.", "dismissed", []],
  ["no particular consequences identified", "# Jämställdhet\nÄrendet har beretts i samråd med jämställdhetsstrategen. Inga särskilda konsekvenser för kvinnor respektive män har identifierats.", "dismissed", []],
  ["women and men affected to the same degree", "# Jämställdhet\nKvinnor och män berörs i lika hög grad av förslaget.", "dismissed", []],
  ["figures only under Bakgrund", "# Bakgrund\nKvinnor står för 70 procent av resorna.\n# Konsekvenser\nFörslaget ger bättre tillgänglighet.", "missing", []],
];

describe("more proposals", () => {
  it.each(CASES)("%s", (_name, body, status, criteria) => {
    const docx = buildDocx(`= Förslag\n# Sammanfattning\nRegionen föreslår en förändring.\n${body}\n# Beslutsunderlag\nUtredning.\n`);
    const s = analyze(readDocx(docx, "p.docx"), defaultPack()).sections[0];
    expect({ status: s.status, criteria: Object.keys(s.criteria).filter((k) => s.criteria[k]).sort() }).toEqual({ status, criteria });
  });
});
