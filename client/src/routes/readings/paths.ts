// Addresses of the subsections of «Показания приборов учета» and what each subsection gets.

export type ReadingsTab = "" | "history" | "estimate";

export const readingsHref = (tab: ReadingsTab) => (tab ? `/readings/${tab}` : "/readings");

/** Props of every subsection: the active account and the id of the panel's title. */
export type ReadingsTabProps = { accountId: string; titleId: string };
