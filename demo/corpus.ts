// The proposals the demo offers (copied beside the demo by the build).
export const CORPUS = [
  ["dev-01-strategi-jamstalldhet.docx", "Strategi för jämställdhet (malltext)"],
  ["dev-02-fardtjanst.docx", "Färdtjänst (avsnitt saknas)"],
  ["dev-03-foretagsstod.docx", "Företagsstöd (godtagbart)"],
  ["dev-04-parkeringshus.docx", "Parkeringshus (ej aktuellt)"],
  ["dev-05-digitala-vardbesok.docx", "Digitala vårdbesök (könsblint)"],
  ["dev-06-kulturstod.docx", "Kulturstöd (fet rubrik)"],
  ["dev-07-heltid.docx", "Heltid (rubrik 2)"],
  ["dev-08-ekonomisystem.docx", "Ekonomisystem (motiverat)"],
  ["dev-09-folkhalsa.docx", "Folkhälsa (brister)"],
  ["dev-10-nattbussar.docx", "Nattbussar (tomt)"],
  ["dev-11-lokalvard-upphandling.docx", "Lokalvård (avfärdat)"],
  ["dev-12-tandvard.docx", "Tandvård (punktlista)"],
] as const;
