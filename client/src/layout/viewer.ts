// The signed-in customer's header data, fetched once by the layout and shared with
// every section through context.
import { createContext, useContext, type Accessor } from "solid-js";
import { graphql } from "../gql";
import type { AppViewerQuery } from "../gql/graphql";

export const AppViewer = graphql(`
  query AppViewer {
    viewer {
      id
      login
      unreadNotificationCount
      accounts { id number address }
      activeAccount {
        id
        number
        ownerFullName
        address
        amountDue { asOf total penalty }
      }
    }
  }
`);

export type ViewerData = NonNullable<AppViewerQuery["viewer"]>;

export const ViewerContext = createContext<Accessor<ViewerData>>();

/** The signed-in viewer; only usable inside the authenticated layout. */
export function useViewer(): Accessor<ViewerData> {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer() outside AppLayout");
  return viewer;
}
