/** The query key of the portal's questionnaire (one per tab: the link names one questionnaire). */
export const PORTAL_KEY = ["portal", "questionnaire"] as const;
