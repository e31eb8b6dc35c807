// slipwayFlags: Redis-backed feature flags and the toggle server (action: list, get, set, toggle, audit, up, import, export, rollout).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error("slipwayFlags: parameter \"action\" is required (${slipwayRun.actionsOf('slipwayFlags')})")
    return slipwayRun("flags ${action}", cfg)
}
