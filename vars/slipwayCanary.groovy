// slipwayCanary: the canary behind the proxy (action: status, abort, resume, weights, promote) and its progressive rollout (pause, continue, retry, wait).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error("slipwayCanary: parameter \"action\" is required (${slipwayRun.actionsOf('slipwayCanary')})")
    return slipwayRun("canary ${action}", cfg)
}
