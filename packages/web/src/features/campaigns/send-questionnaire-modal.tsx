/** PLACEHOLDER (web campaigns helper): send a published questionnaire to a contact of a vendor; shows the link once. */
export function SendQuestionnaireModal(_props: { vendorId: string; opened: boolean; onClose: () => void }) {
  return null;
}
