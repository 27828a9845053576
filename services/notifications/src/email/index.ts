export { EmailChannel } from './email-channel';
export type { EmailChannelOptions } from './email-channel';
export { isDeliverableAddress } from './address';
