import { Badge, type BadgeProps } from "@fluentui/react-components";
import { CheckmarkCircle16Regular, DismissCircle16Regular, DocumentDismiss16Regular, Info16Regular, Warning16Regular } from "@fluentui/react-icons";
import type { FC, ReactElement } from "react";
import type { SectionStatus } from "../../analysis/report";
import { useStrings } from "../i18n";

const LOOK: Record<SectionStatus, { color: BadgeProps["color"]; icon: ReactElement }> = {
  missing: { color: "danger", icon: <DocumentDismiss16Regular /> },
  empty: { color: "danger", icon: <DismissCircle16Regular /> },
  template: { color: "warning", icon: <Warning16Regular /> },
  dismissed: { color: "danger", icon: <DismissCircle16Regular /> },
  justified: { color: "informative", icon: <Info16Regular /> },
  weak: { color: "warning", icon: <Warning16Regular /> },
  adequate: { color: "success", icon: <CheckmarkCircle16Regular /> },
};

export interface StatusBadgeProps {
  status: SectionStatus;
}

/** The section's status in words, with an icon and colour (colour is never the only signal). */
export const StatusBadge: FC<StatusBadgeProps> = ({ status }) => {
  const t = useStrings();
  const look = LOOK[status];
  return (
    <Badge size="large" appearance="tint" color={look.color} icon={look.icon} data-status={status}>
      {t.status[status]}
    </Badge>
  );
};
