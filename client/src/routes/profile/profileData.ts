// What the «Профиль» tabs show, in one query. Mutations that return Viewer or Account make
// urql refetch it (and the header) on their own.
import { graphql } from "../../gql";
import type { ProfileViewerQuery } from "../../gql/graphql";

export const ProfileViewer = graphql(`
  query ProfileViewer {
    viewer {
      id
      login
      email
      emailConfirmed
      phone
      phoneConfirmed
      profileCompleteness
      subscriptions { eInvoice info }
      accounts { id number ownerFullName address }
      activeAccount { id }
    }
  }
`);

export type ProfileData = NonNullable<ProfileViewerQuery["viewer"]>;

/** Props of every tab panel. */
export type TabProps = { viewer: ProfileData; titleId: string };
