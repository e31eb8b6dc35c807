// slipwayRollback: puts the previous image of a role back.
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    if (!cfg.role) error('slipwayRollback: parameter "role" is required (production or canary)')
    return slipwayRun('rollback', cfg)
}
