// Docker labels slipway puts on what it builds and starts; the autoscaler, status and down find containers by them.
export const LABEL = {
  app: 'slipway.app',
  role: 'slipway.role',
  service: 'slipway.service',
  deployId: 'slipway.deploy-id',
  image: 'slipway.image',
  /** The image id a swarm service runs (its spec names the registry's copy). */
  imageId: 'slipway.image-id',
  port: 'slipway.port',
  revision: 'slipway.revision',
  /** Starting memory limit in bytes: the autoscaler never scales below it. */
  memoryStart: 'slipway.memory.start',
  /** A fingerprint of a service container's spec, so an unchanged one is left running. */
  specHash: 'slipway.spec-hash',
  /** Host-wide containers that belong to no app (the Datadog agent). */
  component: 'slipway.component',
  // on images
  branch: 'slipway.branch',
  dirty: 'slipway.dirty',
  versionSource: 'slipway.version-source',
  runtime: 'slipway.runtime',
} as const;
