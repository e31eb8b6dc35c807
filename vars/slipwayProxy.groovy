// slipwayProxy: the canary proxy in front of production and canary (action: up, down).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error("slipwayProxy: parameter \"action\" is required (${slipwayRun.actionsOf('slipwayProxy')})")
    return slipwayRun("proxy ${action}", cfg)
}
