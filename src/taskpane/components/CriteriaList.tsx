import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import type { Evidence, SectionReport } from "../../analysis/report";
import type { GuidancePack } from "../../guidance/schema";
import { useLanguage, useStrings } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  met: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: "2px" },
  notMet: { color: tokens.colorNeutralForeground3, flexShrink: 0, marginTop: "2px" },
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  label: { display: "flex", flexDirection: "column" },
  quote: { display: "block" },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

export interface CriteriaListProps {
  pack: GuidancePack;
  section: SectionReport;
  /** Selects the words that met the criterion in the document. */
  onGoTo?: (evidence: Evidence) => void;
}

/** The sentence with the words that met the criterion emphasised. */
const Sentence: FC<{ evidence: Evidence }> = ({ evidence }) => {
  const at = evidence.sentence.indexOf(evidence.text);
  if (at < 0) return <q>{evidence.sentence}</q>;
  return (
    <q>
      {evidence.sentence.slice(0, at)}
      <strong>{evidence.text}</strong>
      {evidence.sentence.slice(at + evidence.text.length)}
    </q>
  );
};

/** The section's criteria as a checklist: met or not, with the evidence on demand. */
export const CriteriaList: FC<CriteriaListProps> = ({ pack, section, onGoTo }) => {
  const t = useStrings();
  const lang = useLanguage();
  const styles = useStyles();
  const ids = pack.sections.find((s) => s.id === section.id)?.criteria ?? [];
  return (
    <section aria-labelledby={`jk-criteria-${section.id}`}>
      <Subtitle2 as="h3" id={`jk-criteria-${section.id}`}>
        {t.criteriaTitle}
      </Subtitle2>
      <ul className={styles.list}>
        {ids.map((id) => {
          const c = pack.criteria.find((x) => x.id === id);
          if (!c) return null;
          const met = section.criteria[id];
          const evidence = section.evidence.filter((e) => e.criterion === id);
          return (
            <li key={id} className={styles.row} data-criterion={id} data-met={met}>
              {met ? <CheckmarkCircle16Filled className={styles.met} aria-hidden /> : <Circle16Regular className={styles.notMet} aria-hidden />}
              <span className={styles.label}>
                <span>
                  {c.label[lang] ?? c.label.sv} <Caption1>({met ? t.criterionMet : t.criterionNotMet})</Caption1>
                </span>
                {evidence.length > 0 && (
                  <details>
                    <summary className={styles.summary}>{t.showEvidence(evidence.length)}</summary>
                    <ul className={styles.evidence} aria-label={t.evidence}>
                      {evidence.slice(0, 8).map((e, i) => (
                        <li key={i}>
                          <span className={styles.quote}>
                            <Sentence evidence={e} />
                          </span>
                          {onGoTo && (
                            <Button size="small" appearance="transparent" onClick={() => onGoTo(e)}>
                              {t.goTo}
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
