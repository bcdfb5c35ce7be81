import { createQuery } from "@urql/solid";
import { AutopayReturnQuery } from "../graphql/queries/autopayReturn";

/**
 * Whether the customer has just come back from the bank's page with a card for this account
 * (`returning` is the verification id of the address; the profile lists every account).
 */
export function useAutopayReturn(props: { returning: string | null; accountId: string }): () => boolean {
  const [back] = createQuery({ query: AutopayReturnQuery, variables: () => ({ id: props.returning ?? "" }), pause: () => !props.returning });
  return () => {
    const node = back.data?.node;
    return !!props.returning && node?.__typename === "Payment" && node.account.id === props.accountId;
  };
}
