// Pub/sub for subscriptions: in memory for one process. Topics are typed here so publishers
// and subscribers agree. (Redis fan-out for several replicas plugs in as the event target.)
import { createPubSub } from "graphql-yoga";

export type Topics = {
  /** A new in-app notification for user `userId`; payload is the Notification id. */
  "notification:added": [userId: number, payload: { notificationId: number }];
};

export function createAppPubSub() {
  return createPubSub<Topics>();
}

export type PubSub = ReturnType<typeof createAppPubSub>;
