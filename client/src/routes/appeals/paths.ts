// Addresses of the subsections of «Заявления» (manual 6.5): «Журнал заявлений» (/appeals, an
// appeal's details at /appeals?appeal=<id>), «Подать заявление» (/appeals/new) and «Задать
// вопрос» (/appeals/question; ?text=… fills in the question, e.g. from «Почему такая сумма»).

export type AppealsTab = "" | "new" | "question";

export const appealsHref = (tab: AppealsTab) => (tab ? `/appeals/${tab}` : "/appeals");

/** The journal with one appeal's details open. */
export const appealHref = (id: string) => `/appeals?appeal=${encodeURIComponent(id)}`;

/** «Задать вопрос» with the question's text filled in (the customer can still edit it). */
export const questionHref = (text: string) => `/appeals/question?text=${encodeURIComponent(text)}`;

/** Props of every subsection: the id of the panel's title. */
export type AppealsTabProps = { titleId: string };

/** What the journal says after a form was sent (router state). */
export type FiledState = { filed?: { number: string; question: boolean } };
