// What the chunk of ./loadCabinet.ts holds.
export { AppLayout } from "./AppLayout";
export { HomePage } from "../routes/home/HomePage";
