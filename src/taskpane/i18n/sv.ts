// Swedish, the pane's default language.
export const sv = {
  productName: "Jämkoll",
  guidanceVersion: (name: string, version: string) => `${name}, version ${version}`,
  guidanceLoading: "Vägledningen läses in …",
  emptyTitle: "Granska jämställdhetsanalysen",
  emptyBody:
    "Jämkoll läser förslaget, hittar avsnittet om jämställdhet och visar vad som saknas: vilka som berörs, könsuppdelad statistik, konsekvenser, resurser och åtgärder. Du får veta varför varje del spelar roll och kan infoga mall och frågor där de behövs. Din text ersätts aldrig.",
  unsupportedTitle: "Jämkoll kan inte köras här",
  unsupportedNotWord: "Jämkoll är ett tillägg för Microsoft Word. Öppna det i Word.",
  unsupportedApi: "Den här versionen av Word saknar det som Jämkoll behöver (WordApi 1.3). Använd Word 2019 eller senare, Microsoft 365 eller Word på webben.",
};
export type Strings = { [K in keyof typeof sv]: (typeof sv)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
