/** An average as the language writes it: "4,2" in Dutch, "4.2" in English (report and screens). */
export function formatAverage(average: number, language: string): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}
