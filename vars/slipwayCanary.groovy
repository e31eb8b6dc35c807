// slipwayCanary: the canary's state behind the proxy (action: status, abort, resume, weights, promote).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error('slipwayCanary: parameter "action" is required (status, abort, resume, weights or promote)')
    List words = ['canary', action]
    if (action == 'weights') {
        String split = cfg.remove('weights')
        if (!split) error('slipwayCanary: action "weights" needs parameter "weights", e.g. weights: \'production=2,canary=1\'')
        words << split
    }
    return slipwayRun(words.join(' '), cfg, ['adminTokenId'])
}
