// slipwayMonitors: Datadog CPU, memory and canary-5xx monitors (action: plan, apply, delete, agent).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error("slipwayMonitors: parameter \"action\" is required (${slipwayRun.actionsOf('slipwayMonitors')})")
    return slipwayRun("monitors ${action}", cfg)
}
