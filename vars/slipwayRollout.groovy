// slipwayRollout: the progressive rollout controller (action: up); it moves, judges and promotes or aborts the canary.
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error("slipwayRollout: parameter \"action\" is required (${slipwayRun.actionsOf('slipwayRollout')})")
    return slipwayRun("rollout ${action}", cfg)
}
