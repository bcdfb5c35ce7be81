// «Выберите карту для оплаты» (manual 6.4.2, figure 20): the cards saved with «Запомнить мою
// карту», or «Другая карта» for the bank's page as usual; «Удалить» right of a card's number
// (confirmed first: an autopay charging the card is switched off with it).
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { Dialog } from "../../components/Dialog";
import { requestErrorText } from "../../lib/userErrors";
import type { CardBrand } from "../../gql/graphql";

export type SavedCardView = { id: string; maskedPan: string; brand?: CardBrand | null; expiry: string; expired: boolean };

/** null: «Другая карта». */
export type CardChoiceValue = string | null;

const SavedCardDelete = graphql(`
  mutation SavedCardDelete($input: SavedCardDeleteInput!) {
    savedCardDelete(input: $input) {
      deletedCardId
      disabledAutopays
      viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }
      userErrors { field message code }
    }
  }
`);

// OTHER: the bank named a brand we do not know; nothing is shown, as when it named none.
const BRAND: Record<CardBrand, string> = { MIR: "МИР", VISA: "VISA", MASTERCARD: "Mastercard", MAESTRO: "Maestro", UNIONPAY: "UnionPay", OTHER: "" };

/** 220000******0004 as the manual shows it: 220000XXXXXX0004. */
export const cardNumber = (masked: string) => masked.replace(/\*/g, "X");

export function CardChoice(props: {
  cards: SavedCardView[];
  value: CardChoiceValue;
  onChange: (v: CardChoiceValue) => void;
  onDeleted: (message: string) => void;
}) {
  const id = createUniqueId();
  const [asked, setAsked] = createSignal<SavedCardView | null>(null);
  const [state, remove] = createMutation(SavedCardDelete);
  const [error, setError] = createSignal<string | null>(null);

  async function confirmDelete() {
    const card = asked();
    if (!card) return;
    setError(null);
    const result = await remove({ input: { cardId: card.id } });
    const payload = result.data?.savedCardDelete;
    const message = !payload ? requestErrorText(result.error) : payload.userErrors.map((e) => e.message).join(" ");
    if (message) return setError(message);
    setAsked(null);
    if (props.value === card.id) props.onChange(null);
    // The page says it: this block goes away with the last card.
    props.onDeleted(
      payload!.disabledAutopays > 0
        ? `Карта ${cardNumber(card.maskedPan)} удалена. Автоплатеж, списывавший с нее, отключен.`
        : `Карта ${cardNumber(card.maskedPan)} удалена.`,
    );
  }

  return (
    <section class="card pay-block cards" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="pay-block__title">
        Выберите карту для оплаты
      </h2>
      <div class="cards__list" role="radiogroup" aria-labelledby={`${id}-title`}>
        <For each={props.cards}>
          {(card) => (
            <div class="cards__item" classList={{ "cards__item--expired": card.expired }}>
              <label class="cards__choice">
                <input
                  type="radio"
                  name="card"
                  value={card.id}
                  checked={props.value === card.id}
                  disabled={card.expired}
                  onChange={() => props.onChange(card.id)}
                />
                <span class="cards__number">{cardNumber(card.maskedPan)}</span>
                <span class="cards__expiry">до {card.expiry}</span>
                <Show when={card.brand && BRAND[card.brand]}>{(b) => <span class="cards__brand">{b()}</span>}</Show>
                <Show when={card.expired}>
                  <span class="badge badge--warning">Срок действия истек</span>
                </Show>
              </label>
              <button
                type="button"
                class="cards__delete"
                aria-label={`Удалить карту ${cardNumber(card.maskedPan)}`}
                title="Удалить карту"
                onClick={() => {
                  setError(null);
                  setAsked(card);
                }}
              >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                  <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                </svg>
              </button>
            </div>
          )}
        </For>
        <div class="cards__item">
          <label class="cards__choice">
            <input type="radio" name="card" value="" checked={props.value === null} onChange={() => props.onChange(null)} />
            <span class="cards__number">Другая карта</span>
          </label>
        </div>
      </div>
      <Show when={asked()}>
        {(card) => (
          <Dialog
            title="Удаление карты"
            role="alertdialog"
            onClose={() => setAsked(null)}
            actions={
              <>
                <button type="button" class="button button--danger" onClick={() => void confirmDelete()} disabled={state.fetching}>
                  Удалить
                </button>
                <button type="button" class="button button--ghost" onClick={() => setAsked(null)} data-autofocus>
                  Отмена
                </button>
              </>
            }
          >
            <p>
              Удалить карту <strong class="nowrap">{cardNumber(card().maskedPan)}</strong> до {card().expiry}? Если с нее списывается автоплатеж, он будет
              отключен.
            </p>
            <Show when={error()}>
              <p class="field-error" role="alert">
                {error()}
              </p>
            </Show>
          </Dialog>
        )}
      </Show>
    </section>
  );
}
