// English, for Word set to an English UI.
import type { Strings } from "./sv";

export const en: Strings = {
  productName: "Jämkoll",
  guidanceVersion: (name, version) => `${name}, version ${version}`,
  guidanceLoading: "Loading guidance …",
  emptyTitle: "Check the gender-equality analysis",
  emptyBody:
    "Jämkoll reads the proposal, finds the gender-equality section and shows what is missing: who is affected, statistics by sex, consequences, resources and measures. You learn why each part matters and can insert the template and questions where they are needed. Your text is never replaced.",
  unsupportedTitle: "Jämkoll cannot run here",
  unsupportedNotWord: "Jämkoll is an add-in for Microsoft Word. Open it in Word.",
  unsupportedApi: "This version of Word lacks what Jämkoll needs (WordApi 1.3). Use Word 2019 or later, Microsoft 365 or Word on the web.",
};
