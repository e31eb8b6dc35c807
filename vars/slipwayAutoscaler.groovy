// slipwayAutoscaler: the memory autoscaler beside the app containers (action: up, status).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error("slipwayAutoscaler: parameter \"action\" is required (${slipwayRun.actionsOf('slipwayAutoscaler')})")
    return slipwayRun("autoscaler ${action}", cfg)
}
