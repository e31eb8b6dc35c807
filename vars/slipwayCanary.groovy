// slipwayCanary: the canary's state behind the proxy (action: status, abort, resume, weights, promote).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error("slipwayCanary: parameter \"action\" is required (${slipwayRun.actionsOf('slipwayCanary')})")
    return slipwayRun("canary ${action}", cfg)
}
