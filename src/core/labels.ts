// Docker labels slipway puts on what it starts; the autoscaler, status and down find containers by them.
export const LABEL = {
  app: 'slipway.app',
  role: 'slipway.role',
  service: 'slipway.service',
  deployId: 'slipway.deploy-id',
  image: 'slipway.image',
  port: 'slipway.port',
  revision: 'slipway.revision',
  /** Starting memory limit in bytes: the autoscaler never scales below it. */
  memoryStart: 'slipway.memory.start',
} as const;
